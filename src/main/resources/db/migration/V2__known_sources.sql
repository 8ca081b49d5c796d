insert into sources (slug, name, homepage, language, description) values
	('bbc-chinese', 'BBC News 中文', 'https://www.bbc.com/zhongwen/simp', 'zh-Hans',
		'The BBC World Service''s Chinese-language news site, published in London.'),
	('rfi-chinese', 'RFI 法广中文', 'https://www.rfi.fr/cn/', 'zh-Hans',
		'Radio France Internationale''s Chinese service, published in Paris.'),
	('guancha', '观察者网 Guancha', 'https://www.guancha.cn/', 'zh',
		'A Shanghai-based commentary and news site; the archived copy is in traditional script.'),
	('china-military-online', 'China Military Online 中国军网', 'http://eng.chinamil.com.cn/', 'en, zh-Hans',
		'The English and Chinese news site of the PLA Daily, published in Beijing.');
