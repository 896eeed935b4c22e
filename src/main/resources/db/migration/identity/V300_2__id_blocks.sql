-- Ids are handed out in blocks of 50 (Hibernate's pooled-lo optimizer), so bulk imports insert in JDBC batches.
ALTER SEQUENCE identity.account_id_seq INCREMENT BY 50;
ALTER SEQUENCE identity.role_grant_id_seq INCREMENT BY 50;
