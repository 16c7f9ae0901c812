-- Reference data of the district and the association (copied from the shared domain files).
create table street (
    code        varchar(40) primary key,
    name_zh     varchar(60) not null,
    name_en     varchar(80) not null,
    kind        varchar(20) not null check (kind in ('subdistrict', 'town')),
    latitude    double precision not null,
    longitude   double precision not null
);

create table certification_type (
    code                varchar(60) primary key,
    name_zh             varchar(80) not null,
    name_en             varchar(120) not null,
    typically_expires   boolean not null
);

create table skill (
    code                    varchar(60) primary key,
    area                    varchar(40) not null,
    name_zh                 varchar(60) not null,
    name_en                 varchar(120) not null,
    needs_certification     boolean not null
);

create table skill_accepted_certification (
    skill_code          varchar(60) not null references skill (code),
    certification_code  varchar(60) not null references certification_type (code),
    primary key (skill_code, certification_code)
);

create table request_category (
    code        varchar(60) primary key,
    name_zh     varchar(60) not null,
    name_en     varchar(120) not null
);

create table organisation_type (
    code        varchar(60) primary key,
    name_zh     varchar(60) not null,
    name_en     varchar(120) not null
);

create table project (
    code        varchar(60) primary key,
    name_zh     varchar(60) not null,
    name_en     varchar(120) not null
);

create table campaign_day (
    month_day   char(5) primary key,
    name_zh     varchar(60) not null,
    name_en     varchar(120) not null
);

create table language (
    code        varchar(20) primary key,
    name_zh     varchar(40) not null,
    name_en     varchar(80) not null
);

insert into street values ('changshou-road', '长寿路街道', 'Changshou Road Subdistrict', 'subdistrict', 31.2430, 121.4370);
insert into street values ('caoyang-xincun', '曹杨新村街道', 'Caoyang Xincun Subdistrict', 'subdistrict', 31.2400, 121.4100);
insert into street values ('changfeng-xincun', '长风新村街道', 'Changfeng Xincun Subdistrict', 'subdistrict', 31.2220, 121.3920);
insert into street values ('yichuan-road', '宜川路街道', 'Yichuan Road Subdistrict', 'subdistrict', 31.2550, 121.4430);
insert into street values ('ganquan-road', '甘泉路街道', 'Ganquan Road Subdistrict', 'subdistrict', 31.2650, 121.4450);
insert into street values ('shiquan-road', '石泉路街道', 'Shiquan Road Subdistrict', 'subdistrict', 31.2550, 121.4280);
insert into street values ('wanli', '万里街道', 'Wanli Subdistrict', 'subdistrict', 31.2720, 121.4130);
insert into street values ('zhenru-town', '真如镇街道', 'Zhenru Town Subdistrict', 'subdistrict', 31.2550, 121.4050);
insert into street values ('changzheng-town', '长征镇', 'Changzheng Town', 'town', 31.2400, 121.3800);
insert into street values ('taopu-town', '桃浦镇', 'Taopu Town', 'town', 31.2850, 121.3850);

insert into certification_type values ('psychological-counsellor', '心理咨询师（二级/三级）', 'Psychological counsellor (level 2/3)', false);
insert into certification_type values ('psychotherapist', '心理治疗师', 'Psychotherapist', false);
insert into certification_type values ('lawyer-licence', '律师执业证', 'Lawyer practising certificate', true);
insert into certification_type values ('legal-qualification', '法律职业资格证书', 'Legal profession qualification', false);
insert into certification_type values ('social-worker', '社会工作者职业水平证书', 'Social worker qualification', false);
insert into certification_type values ('physician-licence', '医师执业证书', 'Physician practising certificate', true);
insert into certification_type values ('nurse-licence', '护士执业证书', 'Nurse practising certificate', true);
insert into certification_type values ('health-manager', '健康管理师', 'Health manager', false);
insert into certification_type values ('childcare-worker', '育婴员/育婴师', 'Childcare worker', false);
insert into certification_type values ('marriage-family-counsellor', '婚姻家庭咨询师', 'Marriage and family counsellor', false);
insert into certification_type values ('youth-health-facilitator', '青春健康教育主持人', 'Youth health education facilitator', true);
insert into certification_type values ('family-health-instructor', '家庭健康指导员培训合格证', 'Family health instructor training certificate', true);

insert into skill values ('psy.counselling', 'psychology', '心理咨询', 'Psychological counselling', true);
insert into skill values ('psy.grief', 'psychology', '哀伤辅导', 'Grief counselling', true);
insert into skill values ('psy.crisis', 'psychology', '心理危机干预', 'Crisis intervention', true);
insert into skill values ('psy.marriage-family', 'psychology', '婚姻家庭咨询', 'Marriage and family counselling', true);
insert into skill values ('law.family', 'law', '婚姻家庭法律咨询', 'Family law advice', true);
insert into skill values ('law.inheritance-elderly', 'law', '继承与养老法律咨询', 'Inheritance and elderly-care law', true);
insert into skill values ('law.policy-benefits', 'law', '计生奖励扶助政策咨询', 'Family-planning benefits and policy advice', false);
insert into skill values ('law.mediation', 'law', '矛盾纠纷调解', 'Dispute mediation', false);
insert into skill values ('sw.casework', 'social-work', '个案管理', 'Case management', true);
insert into skill values ('sw.groupwork', 'social-work', '小组工作', 'Group work', false);
insert into skill values ('sw.community', 'social-work', '社区工作', 'Community work', false);
insert into skill values ('rh.contraception', 'reproductive-health', '避孕节育咨询', 'Contraception counselling', true);
insert into skill values ('rh.infertility', 'reproductive-health', '不孕不育咨询', 'Infertility counselling', true);
insert into skill values ('rh.sti-hiv', 'reproductive-health', '性病艾滋病防治宣传', 'STI and HIV prevention', false);
insert into skill values ('rh.adolescent', 'reproductive-health', '青春期性健康教育', 'Adolescent sexual health education', false);
insert into skill values ('rh.menopause', 'reproductive-health', '更年期保健', 'Menopause care', true);
insert into skill values ('mch.preconception', 'maternal-child', '孕前优生指导', 'Preconception guidance', true);
insert into skill values ('mch.pregnancy', 'maternal-child', '孕产期保健指导', 'Pregnancy and postpartum guidance', true);
insert into skill values ('mch.infant-care', 'maternal-child', '婴幼儿照护指导', 'Infant and toddler care guidance', false);
insert into skill values ('mch.parenting', 'maternal-child', '家庭科学育儿指导', 'Parenting guidance', false);
insert into skill values ('fh.chronic', 'family-health', '慢性病健康管理', 'Chronic disease self-management', false);
insert into skill values ('fh.nutrition', 'family-health', '营养膳食指导', 'Nutrition guidance', false);
insert into skill values ('fh.elderly-care', 'family-health', '老年照护', 'Elderly care', false);
insert into skill values ('fh.instructor', 'family-health', '家庭健康指导', 'Family health instruction', true);
insert into skill values ('care.visiting', 'companionship', '上门探访', 'Home visiting', false);
insert into skill values ('care.escort', 'companionship', '陪同就医', 'Escort to medical appointments', false);
insert into skill values ('care.emotional', 'companionship', '精神慰藉', 'Emotional support and companionship', false);
insert into skill values ('edu.youth-health', 'education', '青春健康教育主持', 'Youth health education facilitation', true);
insert into skill values ('edu.lecture', 'education', '健康讲座', 'Health lectures', false);
insert into skill values ('pub.event', 'publicity', '宣传活动组织', 'Event organisation', false);
insert into skill values ('pub.new-media', 'publicity', '新媒体运营', 'New-media content', false);
insert into skill values ('pub.photo-video', 'publicity', '摄影摄像', 'Photography and video', false);

insert into skill_accepted_certification values ('psy.counselling', 'psychological-counsellor');
insert into skill_accepted_certification values ('psy.counselling', 'psychotherapist');
insert into skill_accepted_certification values ('psy.grief', 'psychological-counsellor');
insert into skill_accepted_certification values ('psy.grief', 'psychotherapist');
insert into skill_accepted_certification values ('psy.grief', 'social-worker');
insert into skill_accepted_certification values ('psy.crisis', 'psychological-counsellor');
insert into skill_accepted_certification values ('psy.crisis', 'psychotherapist');
insert into skill_accepted_certification values ('psy.marriage-family', 'psychological-counsellor');
insert into skill_accepted_certification values ('psy.marriage-family', 'marriage-family-counsellor');
insert into skill_accepted_certification values ('law.family', 'lawyer-licence');
insert into skill_accepted_certification values ('law.family', 'legal-qualification');
insert into skill_accepted_certification values ('law.inheritance-elderly', 'lawyer-licence');
insert into skill_accepted_certification values ('law.inheritance-elderly', 'legal-qualification');
insert into skill_accepted_certification values ('sw.casework', 'social-worker');
insert into skill_accepted_certification values ('rh.contraception', 'physician-licence');
insert into skill_accepted_certification values ('rh.contraception', 'nurse-licence');
insert into skill_accepted_certification values ('rh.infertility', 'physician-licence');
insert into skill_accepted_certification values ('rh.menopause', 'physician-licence');
insert into skill_accepted_certification values ('rh.menopause', 'nurse-licence');
insert into skill_accepted_certification values ('mch.preconception', 'physician-licence');
insert into skill_accepted_certification values ('mch.pregnancy', 'physician-licence');
insert into skill_accepted_certification values ('mch.pregnancy', 'nurse-licence');
insert into skill_accepted_certification values ('fh.instructor', 'family-health-instructor');
insert into skill_accepted_certification values ('fh.instructor', 'health-manager');
insert into skill_accepted_certification values ('edu.youth-health', 'youth-health-facilitator');

insert into request_category values ('publicity-education', '宣传教育', 'Publicity and education');
insert into request_category values ('reproductive-health-consulting', '生殖健康咨询服务', 'Reproductive health consulting');
insert into request_category values ('prenatal-childcare-guidance', '优生优育指导', 'Prenatal and childcare guidance');
insert into request_category values ('family-support', '计划生育家庭帮扶', 'Support for family-planning families');
insert into request_category values ('rights-protection', '权益维护', 'Rights protection');
insert into request_category values ('family-health-promotion', '家庭健康促进', 'Family health promotion');

insert into organisation_type values ('street-association', '街镇计生协', 'Subdistrict/town family planning association');
insert into organisation_type values ('community-association', '居村计生协', 'Residential/village committee association');
insert into organisation_type values ('trade-union', '工会', 'Trade union');
insert into organisation_type values ('youth-league', '共青团', 'Youth league');
insert into organisation_type values ('womens-federation', '妇联', 'Women''s federation');
insert into organisation_type values ('disabled-persons-federation', '残联', 'Disabled persons'' federation');
insert into organisation_type values ('red-cross', '红十字会', 'Red Cross');
insert into organisation_type values ('charity-foundation', '慈善基金会', 'Charity foundation');
insert into organisation_type values ('industry-association', '行业协会', 'Industry association');
insert into organisation_type values ('enterprise', '爱心企业', 'Caring enterprise');
insert into organisation_type values ('social-organisation', '社会组织', 'Social organisation');
insert into organisation_type values ('community-health-centre', '社区卫生服务中心', 'Community health service centre');
insert into organisation_type values ('school', '学校', 'School');

insert into project values ('youth-health', '青春健康', 'Youth Health');
insert into project values ('birth-care', '生育关怀', 'Birth Care');
insert into project values ('warm-heart', '暖心关爱', 'Warm Heart (care for special families)');

insert into campaign_day values ('05-15', '国际家庭日', 'International Day of Families');
insert into campaign_day values ('05-29', '会员日', 'Association members'' day');
insert into campaign_day values ('07-11', '世界人口日', 'World Population Day');
insert into campaign_day values ('09-26', '世界避孕日', 'World Contraception Day');
insert into campaign_day values ('12-01', '世界艾滋病日', 'World AIDS Day');

insert into language values ('zh-cmn', '普通话', 'Mandarin');
insert into language values ('zh-wuu', '上海话', 'Shanghainese');
insert into language values ('zh-yue', '粤语', 'Cantonese');
insert into language values ('en', '英语', 'English');
insert into language values ('ja', '日语', 'Japanese');
insert into language values ('csl', '手语', 'Chinese Sign Language');
