-- The class's enrolled students when the assignment was published: the hand-ins it is owed. The equity reports sum
-- it instead of counting the current enrolments of every class of a region. Null for assignments published before
-- this column: for those the class's current size is asked.
ALTER TABLE learning.assignment ADD COLUMN class_size INT;
