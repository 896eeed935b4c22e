-- The outcome tallies (equity.outcome_day, V900_4) for every returned grade of the bench schools, as the equity
-- module keeps them when grades are returned: per school, due day in the installation's zone and the student's
-- attributes. Included by bench/equity-learning.sql; run on its own against a bench installation whose learning
-- rows predate the tallies (idempotent: it replaces the bench schools' tallies).
DELETE FROM equity.outcome_day d USING tenancy.org_node o WHERE o.id = d.school_id AND o.name LIKE '均衡压测区%';
INSERT INTO equity.outcome_day (school_id, day, left_behind, migrant, disability, school_path, grades, share_sum,
                                students)
SELECT a.school_id, (a.due_at AT TIME ZONE 'Asia/Shanghai')::date, st.left_behind, st.migrant, st.disability,
       min(a.school_path), count(*), sum(g.score / a.max_score), count(DISTINCT g.student_id)
FROM learning.grade g
JOIN learning.assignment a ON a.id = g.assignment_id
JOIN tenancy.org_node o ON o.id = a.school_id AND o.name LIKE '均衡压测区%'
JOIN roster.student st ON st.id = g.student_id
WHERE g.released_at IS NOT NULL
GROUP BY a.school_id, (a.due_at AT TIME ZONE 'Asia/Shanghai')::date, st.left_behind, st.migrant, st.disability;
INSERT INTO equity.outcome_student_day (student_id, day)
SELECT DISTINCT g.student_id, (a.due_at AT TIME ZONE 'Asia/Shanghai')::date
FROM learning.grade g
JOIN learning.assignment a ON a.id = g.assignment_id
JOIN tenancy.org_node o ON o.id = a.school_id AND o.name LIKE '均衡压测区%'
WHERE g.released_at IS NOT NULL
ON CONFLICT DO NOTHING;
ANALYZE equity.outcome_day;
