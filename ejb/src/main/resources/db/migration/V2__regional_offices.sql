-- Regional immigration offices (reference data, UA2). Airport branches never accept usage applications.
insert into regional_office (code, name_ja, name_en, receipt_char, accepts_usage_applications, jurisdiction) values
('sapporo',  '札幌出入国在留管理局',   'Sapporo Regional Immigration Services Bureau',   '札', true, '北海道'),
('sendai',   '仙台出入国在留管理局',   'Sendai Regional Immigration Services Bureau',    '仙', true, '青森県,岩手県,宮城県,秋田県,山形県,福島県'),
('tokyo',    '東京出入国在留管理局',   'Tokyo Regional Immigration Services Bureau',     '東', true, '茨城県,栃木県,群馬県,埼玉県,千葉県,東京都,新潟県,山梨県,長野県'),
('yokohama', '東京出入国在留管理局横浜支局', 'Yokohama District Immigration Services Office', '横', true, '神奈川県'),
('nagoya',   '名古屋出入国在留管理局', 'Nagoya Regional Immigration Services Bureau',    '名', true, '富山県,石川県,福井県,岐阜県,静岡県,愛知県,三重県'),
('osaka',    '大阪出入国在留管理局',   'Osaka Regional Immigration Services Bureau',     '大', true, '滋賀県,京都府,大阪府,奈良県,和歌山県'),
('kobe',     '大阪出入国在留管理局神戸支局', 'Kobe District Immigration Services Office', '神', true, '兵庫県'),
('hiroshima','広島出入国在留管理局',   'Hiroshima Regional Immigration Services Bureau', '広', true, '鳥取県,島根県,岡山県,広島県,山口県'),
('takamatsu','高松出入国在留管理局',   'Takamatsu Regional Immigration Services Bureau', '高', true, '徳島県,香川県,愛媛県,高知県'),
('fukuoka',  '福岡出入国在留管理局',   'Fukuoka Regional Immigration Services Bureau',   '福', true, '福岡県,佐賀県,長崎県,熊本県,大分県,宮崎県,鹿児島県'),
('naha',     '福岡出入国在留管理局那覇支局', 'Naha District Immigration Services Office', '那', true, '沖縄県'),
('narita',   '東京出入国在留管理局成田空港支局', 'Narita Airport District Immigration Services Office', '成', false, ''),
('haneda',   '東京出入国在留管理局羽田空港支局', 'Haneda Airport District Immigration Services Office', '羽', false, ''),
('chubu',    '名古屋出入国在留管理局中部空港支局', 'Chubu Airport District Immigration Services Office', '中', false, ''),
('kansai',   '大阪出入国在留管理局関西空港支局', 'Kansai Airport District Immigration Services Office', '関', false, '');
