-- RN1: provisional receipt numbers are taken from the sequence in blocks of 100, one query per block instead of one
-- per filing (bench/bulk). Numbers stay unique and are never reused; a restarted server leaves a gap.
alter sequence provisional_seq increment by 100;
