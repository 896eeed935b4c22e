-- Generates :n published and draft resources in the library of a running EduCloud (demo installation), spread over
-- its schools, subjects, grades, types, editions and sharing scopes, with Chinese and English titles and
-- descriptions built from real curriculum vocabulary. Run with psql -v n=1000000 -f bench/library-resources.sql,
-- then bump the search index generation (below) and restart the platform so it rebuilds the index.
\set ON_ERROR_STOP 1
CREATE TEMP TABLE schools AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, path FROM tenancy.org_node WHERE kind = 'SCHOOL';
CREATE TEMP TABLE vocab AS SELECT
  ARRAY['分数的初步认识','长方形和正方形的周长','万以内的加法和减法','时、分、秒','倍的认识','多位数乘一位数',
        '毫米、分米的认识','小数的初步认识','面积和面积单位','年、月、日','认识东、南、西、北','除数是一位数的除法',
        '两位数乘两位数','复式统计表','亿以内数的认识','角的度量','平行四边形和梯形','条形统计图','三角形的内角和',
        '乘法运算定律','鸡兔同笼','古诗二首','春夜喜雨','中华人民共和国地图','植物的光合作用','简单电路',
        '我们的祖国','小蝌蚪找妈妈','草船借箭','圆的面积','比例的意义','一元一次方程','勾股定理','化学方程式',
        '牛顿第一定律','细胞的结构','二十四节气','长江与黄河','垃圾分类','安全用电'] AS topics,
  ARRAY['课件','教案','微课','练习题','学案','导学案','复习课件','单元测试','教学设计','拓展阅读'] AS kinds,
  ARRAY['Fractions: parts of a whole','Perimeter of rectangles','Reading comprehension: my family',
        'Photosynthesis in green plants','Simple electric circuits','Colours and shapes','Animals in the zoo',
        'Telling the time','Word problems with multiplication','Water cycle experiment'] AS english,
  ARRAY['COURSEWARE','LESSON_PLAN','MICRO_LECTURE','AUDIO','DOCUMENT','IMAGE','EXERCISE_SET','LINK'] AS types,
  ARRAY['MATHEMATICS','CHINESE','ENGLISH','SCIENCE','MORALITY','PHYSICS','CHEMISTRY','BIOLOGY','HISTORY',
        'GEOGRAPHY','INFORMATION_TECHNOLOGY','MUSIC','ARTS'] AS subjects,
  ARRAY['人教版','北师大版','苏教版','部编版','沪教版'] AS editions,
  ARRAY['SCHOOL','SCHOOL','SCHOOL','SCHOOL','DISTRICT','DISTRICT','DISTRICT','REGION','REGION','PUBLIC'] AS sharings;

INSERT INTO library.resource (title, description, type, licence, stage, subject, grade, tags, language, owner_id,
    owner_path, author_id, author_name, sharing, share_path, review_path, status, featured, view_count,
    download_count, created_at, updated_at, published_at, edition, search_terms)
SELECT
  CASE WHEN i % 5 = 0 THEN v.english[1 + i % 10] || ' ' || (i % 97)
       ELSE v.topics[1 + i % 40] || ' ' || v.kinds[1 + (i / 40) % 10] || ' ' || (i % 97) END,
  CASE WHEN i % 5 = 0 THEN '<p>A ' || lower(v.types[1 + i % 8]) || ' for grade ' || (1 + i % 9)
         || ' students, with worked examples and practice questions.</p>'
       ELSE '<p>本资源围绕“' || v.topics[1 + (i / 7) % 40] || '”设计，包括情境导入、探究活动、分层练习和课堂小结，'
         || '适合' || (1 + i % 9) || '年级使用。</p>' END,
  v.types[1 + i % 8], 'CC_BY',
  CASE WHEN 1 + i % 9 <= 6 THEN 'PRIMARY' ELSE 'JUNIOR' END,
  v.subjects[1 + (i / 3) % 13], 1 + i % 9,
  ARRAY[v.topics[1 + (i / 11) % 40]], CASE WHEN i % 5 = 0 THEN 'en' ELSE 'zh-CN' END,
  s.id, s.path, a.id, '基准教师',
  v.sharings[1 + i % 10],
  CASE v.sharings[1 + i % 10]
       WHEN 'SCHOOL' THEN s.path
       WHEN 'DISTRICT' THEN '/' || split_part(s.path, '/', 2) || '/' || split_part(s.path, '/', 3) || '/'
       WHEN 'REGION' THEN '/' || split_part(s.path, '/', 2) || '/'
       ELSE '/' END,
  CASE WHEN v.sharings[1 + i % 10] = 'DISTRICT'
       THEN '/' || split_part(s.path, '/', 2) || '/' || split_part(s.path, '/', 3) || '/'
       ELSE '/' || split_part(s.path, '/', 2) || '/' END,
  CASE WHEN i % 10 = 9 THEN 'DRAFT' ELSE 'PUBLISHED' END,
  i % 50 = 0, (i::bigint * 7919) % 500, (i::bigint * 104729) % 120,
  now() - (i % 1000) * interval '1 hour', now() - (i % 1000) * interval '1 hour',
  CASE WHEN i % 10 = 9 THEN NULL ELSE now() - (i % 1000) * interval '1 hour' END,
  v.editions[1 + i % 5],
  v.topics[1 + (i / 11) % 40] || ' ' || v.editions[1 + i % 5]
FROM generate_series(1, :n) AS i
CROSS JOIN vocab v
JOIN schools s ON s.k = i % (SELECT count(*) FROM schools)
CROSS JOIN (SELECT id FROM identity.account WHERE username = 'teacher.wang') a;

-- a bench token for teacher.wang (secret ecpat_librarybench0000000000000000)
INSERT INTO identity.api_token (account_id, name, token_hash, token_prefix, created_at)
SELECT id, 'library bench', encode(sha256(convert_to('ecpat_librarybench0000000000000000', 'UTF8')), 'hex'),
       'ecpat_libr', now() FROM identity.account WHERE username = 'teacher.wang'
ON CONFLICT DO NOTHING;

-- the index on disk no longer matches: the next start rebuilds it from these rows
UPDATE library.search_index_state SET generation = gen_random_uuid();
