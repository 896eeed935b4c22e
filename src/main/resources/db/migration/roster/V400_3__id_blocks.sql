-- Ids are handed out in blocks of 50 (Hibernate's pooled-lo optimizer), so bulk imports insert in JDBC batches.
ALTER SEQUENCE roster.student_id_seq INCREMENT BY 50;
ALTER SEQUENCE roster.staff_id_seq INCREMENT BY 50;
ALTER SEQUENCE roster.enrolment_id_seq INCREMENT BY 50;
