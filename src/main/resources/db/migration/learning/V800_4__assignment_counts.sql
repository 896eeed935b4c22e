-- How many students handed in and how many were graded, kept on the assignment as hand-ins and grades are written,
-- so the equity reports over a region's tens of thousands of assignments sum two columns instead of counting
-- millions of submission and grade rows. Filled once from the rows there are.
ALTER TABLE learning.assignment
    ADD COLUMN submitted_students INT NOT NULL DEFAULT 0,
    ADD COLUMN graded_students    INT NOT NULL DEFAULT 0;

UPDATE learning.assignment a SET
    submitted_students = (SELECT count(DISTINCT s.student_id) FROM learning.submission s WHERE s.assignment_id = a.id),
    graded_students = (SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id);
