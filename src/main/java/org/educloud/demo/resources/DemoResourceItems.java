package org.educloud.demo.resources;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.jspecify.annotations.Nullable;

/** The demo library's resources: who wrote each, where it sits in the textbook, how far its review went, its file. */
public final class DemoResourceItems {

    /** How far along the review a demo resource is. */
    public enum Fate { PUBLISHED, FEATURED, AWAITING_SCHOOL, AWAITING_BUREAU, DRAFT }

    /**
     * One demo resource. {@code lesson} is the end of its textbook path (三年级上册 › 8 分数的初步认识 › 几分之一);
     * {@code file} makes its content, or is null for a link.
     */
    public record Item(String key, String author, Subject subject, int grade, String lesson, List<String> points,
                ResourceType type, String title, String description, String tags, String language, Sharing sharing,
                Fate fate, @Nullable Supplier<byte[]> file, String fileNameOrLink) {
    }

    /** The national platform's synchronised classroom, where the micro-lectures of every textbook lesson are. */
    private static final String NATIONAL_PLATFORM = "https://basic.smartedu.cn/syncClassroom";

    private static final Color[] COLOURS = {Color.RED, new Color(0x2E, 0x7D, 0x32), new Color(0x15, 0x65, 0xC0),
            new Color(0xFD, 0xD8, 0x35), Color.BLACK, Color.WHITE, new Color(0x8D, 0x6E, 0x63), new Color(0xFB, 0x8C, 0x00)};

    public static final List<Item> ITEMS = List.of(
            // 王老师, 临江区实验小学, mathematics
            new Item("fractions", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 几分之一",
                    List.of("MA-P-FRA-UNIT"), ResourceType.COURSEWARE, "分数的初步认识——几分之一（课件）",
                    "<p>用分蛋糕、折纸引入<strong>几分之一</strong>，认识分数各部分的名称。</p>", "分数, 折纸", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Fractions: one part of a whole", "1/2 of a cake", "1/4 of a paper square",
                            "Numerator / fraction bar / denominator")), "几分之一.pdf"),
            new Item("perimeter", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 7 长方形和正方形 › 长方形和正方形的周长",
                    List.of("MA-P-GEO-PERIM"), ResourceType.EXERCISE_SET, "长方形和正方形的周长 分层练习",
                    "<p>基础、提高、拓展三层练习，附答案。</p>", "周长, 练习", "zh-CN", Sharing.DISTRICT, Fate.FEATURED,
                    () -> DemoFiles.pdf(List.of("Perimeter of rectangles and squares", "Level A: 6 questions",
                            "Level B: 4 questions", "Level C: 2 questions")), "周长分层练习.pdf"),
            new Item("fraction-parts-plan", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 几分之几",
                    List.of("MA-P-FRA-PARTS"), ResourceType.LESSON_PLAN, "几分之几 教学设计",
                    "<p>在认识几分之一的基础上，通过涂色、折纸认识<strong>几分之几</strong>，比较同分母分数的大小。"
                            + "含教学目标、重难点、教学过程与板书设计。</p>",
                    "分数, 教学设计", "zh-CN", Sharing.DISTRICT, Fate.PUBLISHED,
                    docx("几分之几 教学设计", "教学内容：人教版三年级上册第八单元 几分之几。",
                            "教学目标：1. 认识几分之几，会读、写几分之几；2. 会比较同分母分数的大小；3. 在折一折、涂一涂中体会分数的意义。",
                            "教学重点：理解几分之几的意义。教学难点：比较同分母分数的大小。",
                            "教学过程：一、复习引入（折出一张纸的四分之一）；二、探究新知（涂出四分之二、四分之三）；"
                                    + "三、比较大小（四分之一、四分之三谁大）；四、练习巩固；五、课堂小结。",
                            "板书设计：几分之几 —— 平均分成几份，取其中的几份。"), "几分之几教学设计.docx"),
            new Item("fraction-worksheet", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 几分之一",
                    List.of("MA-P-FRA-UNIT", "MA-P-FRA-PARTS"), ResourceType.EXERCISE_SET,
                    "Fractions worksheet: halves, thirds and quarters 分数双语练习",
                    "<p>A bilingual worksheet on unit fractions: shade one half, one third and one quarter of circles and "
                            + "strips, then compare fractions with the same numerator. 中英双语分数练习。</p>",
                    "fractions, worksheet, 分数, 双语", "en", Sharing.PUBLIC, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Fractions worksheet", "1. Shade 1/2 of the circle.",
                            "2. Shade 1/3 of the strip.", "3. Shade 1/4 of the square.",
                            "4. Which is larger: 1/3 or 1/4? Why?", "5. Write the fraction: 3 of 4 equal parts.")),
                    "fractions-worksheet.pdf"),
            new Item("fraction-wall", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 几分之几",
                    List.of("MA-P-FRA-PARTS"), ResourceType.IMAGE, "分数圆片图：二分之一、三分之一、四分之三",
                    "<p>可投影或打印的分数圆片图，用来比较分数的大小。Fraction circles with 1/2, 1/3, 1/4 and 3/4 shaded, "
                            + "for comparing fractions.</p>", "分数, 挂图, fraction", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED,
                    () -> DemoFiles.fractionCirclesPng(new int[][] {{1, 2}, {1, 3}, {1, 4}, {3, 4}}), "分数圆片图.png"),
            new Item("clock", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 1 时、分、秒 › 秒的认识",
                    List.of("MA-P-MEAS-TIME"), ResourceType.COURSEWARE, "时、分、秒——认识秒（课件）",
                    "<p>从新年倒计时引入，认识秒针，体验 1 秒、10 秒有多长。</p>", "时间, 钟表", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Hours, minutes and seconds", "1 minute = 60 seconds",
                            "Count 10 seconds with your eyes closed", "How long is 1 minute? Try skipping.")),
                    "认识秒.pdf"),
            new Item("times", "teacher.wang", Subject.MATHEMATICS, 3, "三年级上册 › 5 倍的认识 › 倍的认识",
                    List.of("MA-P-NUM-TIMES"), ResourceType.LESSON_PLAN, "倍的认识 教学设计",
                    "<p>用摆小棒建立“几个几”与“倍”的联系，含学习单。</p>", "倍, 教学设计", "zh-CN", Sharing.DISTRICT,
                    Fate.AWAITING_BUREAU,
                    docx("倍的认识 教学设计", "教学目标：在摆一摆、圈一圈中理解“倍”的含义。",
                            "教学过程：胡萝卜 2 根，红萝卜 6 根，红萝卜的根数里有 3 个 2，就说红萝卜的根数是胡萝卜的 3 倍。",
                            "学习单：用小棒摆出第二行是第一行的 4 倍。"), "倍的认识.docx"),
            new Item("area", "teacher.wang", Subject.MATHEMATICS, 3, "三年级下册 › 5 面积 › 面积和面积单位",
                    List.of("MA-P-GEO-AREA"), ResourceType.COURSEWARE, "面积和面积单位（课件）",
                    "<p>用摸一摸、比一比认识面积，用 1 平方厘米的小正方形量面积。</p>", "面积, 课件", "zh-CN",
                    Sharing.REGION, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Area and units of area", "Touch the surface of your desk",
                            "1 square centimetre: a square with sides of 1 cm", "Count the squares to measure area")),
                    "面积和面积单位.pdf"),
            new Item("decimals", "teacher.wang", Subject.MATHEMATICS, 3, "三年级下册 › 7 小数的初步认识 › 认识小数",
                    List.of("MA-P-DEC-INTRO"), ResourceType.LESSON_PLAN, "认识小数 教学设计",
                    "<p>从超市价签认识小数，理解以元、米为单位的小数的含义。</p>", "小数, 教学设计", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    docx("认识小数 教学设计", "情境导入：文具店价签 3.50 元、0.80 元。",
                            "探究：3.50 元就是 3 元 5 角；1 分米是十分之一米，写成 0.1 米。",
                            "练习：读一读、写一写生活中的小数。"), "认识小数.docx"),
            new Item("angles", "teacher.wang", Subject.MATHEMATICS, 4, "四年级上册 › 3 角的度量 › 角的度量",
                    List.of("MA-P-GEO-ANGLE"), ResourceType.MICRO_LECTURE, "用量角器量角 微课",
                    "<p>5 分钟微课：量角器的“两重合、一看”，内圈和外圈刻度怎样选。</p>", "量角器, 微课", "zh-CN",
                    Sharing.DISTRICT, Fate.PUBLISHED, null, NATIONAL_PLATFORM),
            new Item("mean", "teacher.wang", Subject.MATHEMATICS, 4, "四年级下册 › 8 平均数与条形统计图 › 平均数",
                    List.of("MA-P-STAT-MEAN"), ResourceType.EXERCISE_SET, "平均数 课堂练习（含数据表）",
                    "<p>四个小组套圈成绩的数据表，先估计再计算平均数，体会“移多补少”。</p>", "平均数, 统计", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    () -> DemoFiles.xlsx("套圈成绩", List.of(List.of("小组", "第1次", "第2次", "第3次", "第4次"),
                            List.of("第一组", 6, 8, 5, 9), List.of("第二组", 7, 7, 6, 8), List.of("第三组", 4, 9, 8, 7),
                            List.of("第四组", 8, 6, 7, 7))), "平均数练习.xlsx"),
            new Item("laws", "teacher.wang", Subject.MATHEMATICS, 4, "四年级下册 › 3 运算定律 › 加法运算定律",
                    List.of("MA-P-NUM-LAWS"), ResourceType.COURSEWARE, "加法交换律和结合律（课件）",
                    "<p>从李叔叔骑车旅行的路程引出加法交换律、结合律，并用字母表示。</p>", "运算定律, 简便计算", "zh-CN",
                    Sharing.DISTRICT, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Laws of addition", "a + b = b + a", "(a + b) + c = a + (b + c)",
                            "88 + 104 + 96 = 88 + (104 + 96) = 288")), "加法运算定律.pdf"),
            new Item("chicken", "teacher.wang", Subject.MATHEMATICS, 4, "四年级下册 › 9 数学广角——鸡兔同笼",
                    List.of("MA-P-THINK-CHICKEN"), ResourceType.LINK, "鸡兔同笼 微课（备课中）",
                    "<p>列表法、假设法两种思路。</p>", "鸡兔同笼", "zh-CN", Sharing.PRIVATE, Fate.DRAFT, null,
                    NATIONAL_PLATFORM),
            // 李老师, 青山县石门乡中心小学 (rural), mathematics and Chinese
            new Item("directions", "teacher.li", Subject.MATHEMATICS, 3, "三年级下册 › 1 位置与方向（一） › 认识东、南、西、北",
                    List.of("MA-P-GEO-DIR"), ResourceType.IMAGE, "认识东、南、西、北（教学挂图）",
                    "<p>方位教学挂图，可打印张贴。A compass rose for the lesson on north, south, east and west.</p>",
                    "方位, 挂图", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED, DemoFiles::compassPng, "方位挂图.png"),
            new Item("fraction-calc", "teacher.li", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 分数的简单计算",
                    List.of("MA-P-FRA-CALC"), ResourceType.EXERCISE_SET, "同分母分数加减法 口算练习",
                    "<p>20 道同分母分数加减口算题，附答案页，适合课前 5 分钟。</p>", "分数, 口算", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    () -> DemoFiles.xlsx("口算", List.of(List.of("题号", "题目", "答案"), List.of(1, "1/5 + 2/5", "3/5"),
                            List.of(2, "3/8 + 4/8", "7/8"), List.of(3, "5/6 - 1/6", "4/6"), List.of(4, "1 - 3/7", "4/7"),
                            List.of(5, "2/9 + 5/9", "7/9"))), "分数口算.xlsx"),
            new Item("fraction-video", "teacher.li", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 分数的简单计算",
                    List.of("MA-P-FRA-CALC"), ResourceType.MICRO_LECTURE, "分数的简单计算 微课",
                    "<p>分数加减法微课：分母相同，分子相加减。Micro-lecture: adding and subtracting fractions with the "
                            + "same denominator.</p>", "分数, 微课, fractions", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED,
                    null, NATIONAL_PLATFORM),
            new Item("fraction-apply", "teacher.li", Subject.MATHEMATICS, 3, "三年级上册 › 8 分数的初步认识 › 分数的简单应用",
                    List.of("MA-P-FRA-APPLY"), ResourceType.LESSON_PLAN, "求一个数的几分之几是多少 教学设计",
                    "<p>用 12 个桃子分一分，理解求一个数的几分之几，适合复式班教学。</p>", "分数, 复式教学", "zh-CN",
                    Sharing.DISTRICT, Fate.AWAITING_SCHOOL,
                    docx("求一个数的几分之几是多少", "教学目标：会用平均分的方法求一个数的几分之几。",
                            "复式班安排：三年级直接教学时，四年级完成自主练习。",
                            "例题：12 个桃子，小猴吃了它的三分之一，吃了几个？"), "分数的简单应用.docx"),
            new Item("add10k", "teacher.li", Subject.MATHEMATICS, 3, "三年级上册 › 2 万以内的加法和减法（一） › 两位数加两位数的口算",
                    List.of("MA-P-NUM-ADD10K"), ResourceType.EXERCISE_SET, "两位数加两位数 口算卡",
                    "<p>每天一张口算卡，30 题 3 分钟。</p>", "口算, 加法", "zh-CN", Sharing.DISTRICT, Fate.PUBLISHED,
                    () -> DemoFiles.xlsx("口算卡", List.of(List.of("题目", "得数"), List.of("35 + 42", ""),
                            List.of("28 + 36", ""), List.of("57 + 19", ""), List.of("46 + 38", ""))), "口算卡.xlsx"),
            new Item("multiply", "teacher.li", Subject.MATHEMATICS, 3, "三年级上册 › 6 多位数乘一位数 › 笔算乘法",
                    List.of("MA-P-NUM-MUL1"), ResourceType.EXERCISE_SET, "多位数乘一位数 笔算练习",
                    "<p>不进位、进位、连续进位三组笔算题。</p>", "乘法, 笔算", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Written multiplication", "A: 213 x 3   432 x 2", "B: 38 x 4   156 x 5",
                            "C: 487 x 6   999 x 8")), "笔算乘法.pdf"),
            new Item("rectangles", "teacher.li", Subject.MATHEMATICS, 3, "三年级下册 › 5 面积 › 长方形、正方形面积的计算",
                    List.of("MA-P-GEO-AREA", "MA-P-GEO-PERIM"), ResourceType.IMAGE, "长方形和正方形 图示（周长与面积）",
                    "<p>标好边长的长方形和正方形，同一幅图既算周长又算面积。</p>", "面积, 周长", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED, () -> DemoFiles.rectanglesPng(new int[][] {{6, 4}, {5, 5}, {8, 3}}),
                    "长方形和正方形.png"),
            new Item("fruit-chart", "teacher.li", Subject.MATHEMATICS, 4, "四年级上册 › 7 条形统计图",
                    List.of("MA-P-STAT-BAR"), ResourceType.IMAGE, "条形统计图：我们最喜欢的水果",
                    "<p>全班调查结果画成的条形统计图（一格表示 2 人）。A bar chart of our favourite fruit.</p>",
                    "统计图", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED,
                    () -> DemoFiles.barChartPng(List.of("apple", "orange", "pear", "grape", "peach"),
                            new int[] {8, 6, 2, 4, 3}, new Color(0x43, 0x8D, 0x4B)), "水果统计图.png"),
            new Item("triangle", "teacher.li", Subject.MATHEMATICS, 4, "四年级下册 › 5 三角形 › 三角形的内角和",
                    List.of("MA-P-GEO-TRI"), ResourceType.LESSON_PLAN, "三角形的内角和 教学设计",
                    "<p>量一量、撕一撕、拼一拼，验证三角形内角和是 180°。</p>", "三角形", "zh-CN", Sharing.SCHOOL,
                    Fate.AWAITING_SCHOOL,
                    docx("三角形的内角和", "活动一：量出三个角的度数并相加。",
                            "活动二：把三个角撕下来拼在一起，得到一个平角。", "结论：三角形的内角和是 180°。"),
                    "三角形的内角和.docx"),
            new Item("poems-autumn", "teacher.li", Subject.CHINESE, 3, "三年级上册 › 第二单元 › 4 古诗三首",
                    List.of("CH-P-READ-POEM"), ResourceType.EXERCISE_SET, "古诗三首（山行·赠刘景文·夜书所见）背诵练习",
                    "<p>配注释、节奏划分和默写练习，适合晨读。</p>", "古诗, 背诵", "zh-CN", Sharing.PUBLIC, Fate.PUBLISHED,
                    docx("古诗三首 背诵练习", "山行（唐·杜牧）：远上寒山石径斜，白云生处有人家。"
                                    + "停车坐爱枫林晚，霜叶红于二月花。",
                            "赠刘景文（宋·苏轼）：荷尽已无擎雨盖，菊残犹有傲霜枝。一年好景君须记，最是橙黄橘绿时。",
                            "夜书所见（宋·叶绍翁）：萧萧梧叶送寒声，江上秋风动客情。知有儿童挑促织，夜深篱落一灯明。",
                            "练习：1. 划出节奏朗读；2. 默写《山行》；3. 说说三首诗分别写了秋天的什么景物。"),
                    "古诗三首背诵练习.docx"),
            new Item("boat-bird", "teacher.li", Subject.CHINESE, 3, "三年级上册 › 第五单元 › 15 搭船的鸟",
                    List.of("CH-P-WRITE-OBSERVE"), ResourceType.LESSON_PLAN, "《搭船的鸟》观察日记 习作指导",
                    "<p>学习作者细致观察翠鸟的方法，带学生观察村里的一种小动物，写观察日记。</p>", "观察, 习作", "zh-CN",
                    Sharing.SCHOOL, Fate.PUBLISHED,
                    docx("《搭船的鸟》观察日记 习作指导", "读：找出描写翠鸟外形和捕鱼动作的句子。",
                            "看：放学路上观察一种小动物（鸡、鸭、狗、燕子）。", "写：按“外形—动作—我的发现”写一则观察日记。"),
                    "搭船的鸟习作指导.docx"),
            // 赵老师, 青山县实验小学, Chinese
            new Item("big-tree", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第一单元 › 1 大青树下的小学",
                    List.of("CH-P-READ-KEYSENT"), ResourceType.LESSON_PLAN, "《大青树下的小学》教学设计",
                    "<p>抓住“这就是我们的民族小学”体会各民族孩子团结友爱，含生字教学与朗读指导。</p>", "阅读, 教学设计",
                    "zh-CN", Sharing.DISTRICT, Fate.PUBLISHED,
                    docx("《大青树下的小学》教学设计", "教学目标：认识“坪、戴”等生字；有感情地朗读课文。",
                            "重点：借助关键语句理解课文内容，感受民族小学的美好生活。",
                            "过程：初读识字—精读品句—拓展说话“我们的学校”。"), "大青树下的小学.docx"),
            new Item("autumn-rain", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第二单元 › 6 秋天的雨",
                    List.of("CH-P-CHAR-RADICAL"), ResourceType.DOCUMENT, "《秋天的雨》生字卡与朗读指导",
                    "<p>本课生字的偏旁、组词，和第二自然段的朗读提示。</p>", "生字, 朗读", "zh-CN", Sharing.SCHOOL,
                    Fate.PUBLISHED,
                    docx("《秋天的雨》生字卡", "钥匙（钅）、凉爽（冫）、扇哪扇（户）、邮票（阝）。",
                            "朗读提示：第二自然段读出色彩的美，“黄黄的”“红红的”要读得轻快。"), "秋天的雨生字卡.docx"),
            new Item("old-house", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第四单元 › 12 总也倒不了的老屋",
                    List.of("CH-P-READ-PREDICT"), ResourceType.EXERCISE_SET, "《总也倒不了的老屋》预测阅读单",
                    "<p>边读边预测：每读一段写下“我猜……依据是……”，读完再对照。</p>", "预测, 阅读单", "zh-CN",
                    Sharing.PUBLIC, Fate.PUBLISHED,
                    docx("预测阅读单", "读到小猫来借住时，我猜：____，我的依据是：____。",
                            "读到老母鸡来借住时，我猜：____，我的依据是：____。", "读完全文，我的预测对了吗？"),
                    "老屋预测阅读单.docx"),
            new Item("sima-guang", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第八单元 › 24 司马光",
                    List.of("CH-P-READ-CLASSICAL"), ResourceType.MICRO_LECTURE, "《司马光》文言文朗读 微课",
                    "<p>第一篇小古文：读准停顿，借助注释讲故事。</p>", "文言文, 微课", "zh-CN", Sharing.DISTRICT,
                    Fate.PUBLISHED, null, NATIONAL_PLATFORM),
            new Item("match-girl", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第三单元 › 8 卖火柴的小女孩",
                    List.of("CH-P-READ-IMAGINE"), ResourceType.LESSON_PLAN, "《卖火柴的小女孩》教学设计",
                    "<p>体会童话的想象：五次擦燃火柴，看到了什么，心里想什么。</p>", "童话, 想象", "zh-CN",
                    Sharing.DISTRICT, Fate.AWAITING_BUREAU,
                    docx("《卖火柴的小女孩》教学设计", "学习任务：列表梳理小女孩五次擦燃火柴看到的幻象。",
                            "讨论：为什么作者要写这些幻象？"), "卖火柴的小女孩.docx"),
            new Item("xisha", "teacher.zhao", Subject.CHINESE, 3, "三年级上册 › 第六单元 › 18 富饶的西沙群岛",
                    List.of("CH-P-READ-KEYSENT"), ResourceType.EXERCISE_SET, "《富饶的西沙群岛》关键句练习（修改中）",
                    "<p>找出每段的关键句。</p>", "关键句", "zh-CN", Sharing.PRIVATE, Fate.DRAFT,
                    docx("关键句练习", "找一找：每一段中概括这一段意思的句子。"), "西沙群岛关键句.docx"),
            // 陈老师, 临江区第二实验小学, English
            new Item("colour-cards", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 2 Colours › Part A",
                    List.of("EN-P-VOC-COLOUR"), ResourceType.IMAGE, "Unit 2 Colours 颜色单词卡",
                    "<p>Colour word cards to print: red, green, blue, yellow, black, white, brown, orange. 可打印的颜色单词卡。</p>",
                    "colours, word cards, 单词卡", "en", Sharing.PUBLIC, Fate.PUBLISHED,
                    () -> DemoFiles.wordCardsPng(List.of("red", "green", "blue", "yellow", "black", "white", "brown",
                            "orange"), List.of(COLOURS)), "colour-cards.png"),
            new Item("hello", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 1 Hello! › Part A",
                    List.of("EN-P-TALK-GREET"), ResourceType.LESSON_PLAN, "Unit 1 Hello! Part A Let's talk 教学设计",
                    "<p>Lesson plan: greeting and introducing yourself (Hello! I'm … / Goodbye!). 问候与自我介绍。</p>",
                    "greetings, lesson plan", "en", Sharing.DISTRICT, Fate.PUBLISHED,
                    docx("Unit 1 Hello! Part A Let's talk", "Objectives: pupils greet each other "
                                    + "and introduce themselves with \"Hello! I'm …\".",
                            "Warm-up: sing the Hello song. Presentation: Mike and Sarah meet at school.",
                            "Practice: pair work with name cards. 作业：向家人用英语问好。"), "unit1-lets-talk.docx"),
            new Item("body", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 3 Look at me! › Part B",
                    List.of("EN-P-VOC-BODY"), ResourceType.EXERCISE_SET, "Unit 3 Look at me! body parts worksheet",
                    "<p>Label the body parts: head, face, nose, mouth, eye, ear, arm, hand, leg, foot. 身体部位练习。</p>",
                    "body, worksheet", "en", Sharing.SCHOOL, Fate.PUBLISHED,
                    () -> DemoFiles.pdf(List.of("Look at me! Body parts", "Draw and label: head, face, nose, mouth",
                            "eye, ear, arm, hand, leg, foot", "Listen and do: Touch your nose! Clap your hands!")),
                    "body-parts.pdf"),
            new Item("animals", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 4 We love animals › Part A",
                    List.of("EN-P-VOC-ANIMAL"), ResourceType.IMAGE, "Unit 4 We love animals 动物单词卡",
                    "<p>Animal word cards: duck, pig, cat, bear, dog, elephant, monkey, bird. 动物单词卡。</p>",
                    "animals, word cards", "en", Sharing.PUBLIC, Fate.AWAITING_BUREAU,
                    () -> DemoFiles.wordCardsPng(List.of("duck", "pig", "cat", "bear", "dog", "monkey"),
                            List.of(new Color(0xFF, 0xF5, 0x9D), new Color(0xF8, 0xBB, 0xD0), new Color(0xCF, 0xD8, 0xDC),
                                    new Color(0xD7, 0xCC, 0xC8))), "animal-cards.png"),
            new Item("food", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 5 Let's eat! › Part A",
                    List.of("EN-P-VOC-FOOD"), ResourceType.MICRO_LECTURE, "Unit 5 Let's eat! 微课",
                    "<p>Micro-lecture: asking for food and drink (I'd like some bread. Have some juice.). 食物与饮料。</p>",
                    "food, micro-lecture", "en", Sharing.DISTRICT, Fate.PUBLISHED, null, NATIONAL_PLATFORM),
            new Item("birthday", "teacher.chen", Subject.ENGLISH, 3, "三年级上册 › Unit 6 Happy birthday! › Part B",
                    List.of("EN-P-VOC-NUMBER", "EN-P-TALK-AGE"), ResourceType.EXERCISE_SET,
                    "Unit 6 Happy birthday! numbers 1–10 练习",
                    "<p>Numbers one to ten and How old are you? 数字与年龄问答。</p>", "numbers, birthday", "en",
                    Sharing.SCHOOL, Fate.AWAITING_SCHOOL,
                    () -> DemoFiles.xlsx("Numbers", List.of(List.of("number", "word"), List.of(1, "one"),
                            List.of(2, "two"), List.of(3, "three"), List.of(6, "six"), List.of(9, "nine"),
                            List.of(10, "ten"))), "numbers-1-10.xlsx"));

    private DemoResourceItems() {
    }

    /** The title of a demo resource, by its short name. */
    public static String titleOf(String key) {
        return ITEMS.stream().filter(i -> i.key().equals(key)).map(Item::title).findFirst().orElseThrow();
    }

    /** A Word document made when the resource is created: its heading, then one paragraph per line. */
    private static Supplier<byte[]> docx(String heading, String... paragraphs) {
        return () -> DemoFiles.docx(heading, List.of(paragraphs));
    }
}
