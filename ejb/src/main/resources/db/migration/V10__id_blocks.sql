-- Row ids come in blocks of 1000 (jp.ras.domain.shared.Ids.BLOCK): EclipseLink takes nextval as the block's last id.
alter sequence ras_seq increment by 1000;
