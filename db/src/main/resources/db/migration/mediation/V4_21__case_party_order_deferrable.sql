-- Editing a case (PUT /cases/{id}) renumbers its parties in one transaction: removing one and adding another, or
-- reordering, gives two rows the same sort_order until the flush ends. The order stays unique, checked at commit.
ALTER TABLE med_case_party DROP CONSTRAINT med_case_party_case_id_sort_order_key;
ALTER TABLE med_case_party ADD CONSTRAINT med_case_party_case_id_sort_order_key UNIQUE (case_id, sort_order) DEFERRABLE INITIALLY DEFERRED;
