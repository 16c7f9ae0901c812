package org.carepool.registry.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.carepool.registry.synthetic.SyntheticPerson.PersonType;

/**
 * What the people in the pool do for a living, and what follows from it: their skills,
 * titles, employers, usual certifications, ages and free time.
 */
final class Professions {

	/** How a person's week is shaped, which decides when they are free. */
	enum Lifestyle {

		WORKING, RETIRED, STUDENT, FLEXIBLE

	}

	/**
	 * One line of work.
	 *
	 * @param coreSkills skills everyone in this line has at least one of
	 * @param titles titles from junior to senior
	 * @param untitledPercent how many carry no title at all
	 * @param employers employers, where {@code {street}} stands for a street's name
	 * @param certifications preferred certification types, first choice first
	 * @param optionalCertification a certification some hold although no skill needs it
	 */
	record Profession(String key, PersonType type, int femalePercent, int minAge, int maxAge, Lifestyle lifestyle,
			List<String> coreSkills, List<String> extraSkills, List<String> titles, int untitledPercent,
			List<String> employers, List<String> certifications, String optionalCertification) {
	}

	private static final List<String> HOSPITALS = List.of("普陀区妇幼保健院", "上海市普陀区中心医院", "上海市普陀区人民医院", "同济大学附属同济医院",
			"上海市普陀区利群医院", "上海市第一妇婴保健院");

	private static final List<String> HEALTH_CENTRES = List.of("{street}社区卫生服务中心");

	private static final List<String> LAW_FIRMS = List.of("上海申江律师事务所", "上海沪西律师事务所", "上海明德律师事务所", "上海正衡律师事务所",
			"上海汇诚律师事务所", "上海君信律师事务所", "上海长风律师事务所", "上海曹杨律师事务所");

	private static final List<String> SOCIAL_WORK_AGENCIES = List.of("普陀区阳光社工师事务所", "上海启航社会工作服务社", "普陀区乐群社工服务社",
			"上海心家园社工事务所", "普陀区恒爱社会工作服务中心");

	private static final List<String> SCHOOLS = List.of("上海市曹杨第二中学", "上海市晋元高级中学", "上海市宜川中学", "上海市曹杨中学", "上海市长征中学",
			"上海市桃浦中学", "上海市真如中学", "上海市甘泉外国语中学", "普陀区教育学院");

	private static final List<String> COMPANIES = List.of("上海申美信息科技有限公司", "中国工商银行上海市普陀支行", "上海轨道交通运营管理有限公司",
			"上海长风置业有限公司", "上海天地软件园开发有限公司", "上海曹杨商贸有限公司", "上海桃浦智创城发展有限公司", "上海真如副中心建设有限公司", "上海沪西物流有限公司",
			"上海普陀区国有资产经营有限公司", "上海环宇电子商务有限公司", "中国电信上海普陀分公司");

	private static final Weighted<Profession> EXPERTS = Weighted.<Profession>builder()
		.add(new Profession("psychological-counsellor", PersonType.EXPERT, 75, 28, 70, Lifestyle.WORKING,
				List.of("psy.counselling", "psy.grief", "psy.marriage-family", "psy.crisis"),
				List.of("care.emotional", "edu.lecture", "sw.groupwork"), List.of("三级心理咨询师", "二级心理咨询师"), 0,
				List.of("上海心晴心理咨询工作室", "普陀区未成年人心理健康辅导中心", "华东师范大学心理健康教育与咨询中心", "{street}社区心理服务站", "上海阳光心理咨询中心"),
				List.of("psychological-counsellor", "marriage-family-counsellor"), null), 22)
		.add(new Profession("psychotherapist", PersonType.EXPERT, 60, 30, 65, Lifestyle.WORKING,
				List.of("psy.counselling", "psy.crisis", "psy.grief"), List.of("edu.lecture", "psy.marriage-family"),
				List.of("心理治疗师", "主治医师", "副主任医师"), 0, List.of("上海市精神卫生中心", "普陀区精神卫生中心", "同济大学附属同济医院"),
				List.of("psychotherapist"), null), 6)
		.add(new Profession("lawyer", PersonType.EXPERT, 45, 27, 68, Lifestyle.WORKING,
				List.of("law.family", "law.inheritance-elderly", "law.policy-benefits", "law.mediation"),
				List.of("edu.lecture"), List.of("律师", "三级律师", "二级律师", "一级律师"), 0, LAW_FIRMS, List.of("lawyer-licence"),
				null), 15)
		.add(new Profession("legal-worker", PersonType.EXPERT, 55, 28, 68, Lifestyle.WORKING,
				List.of("law.policy-benefits", "law.mediation", "law.family"), List.of("sw.community", "care.visiting"),
				List.of("人民调解员", "法律顾问", "公司法务"), 0, List.of("普陀区法律援助中心", "{street}人民调解委员会", "普陀区公共法律服务中心"),
				List.of("legal-qualification"), null), 6)
		.add(new Profession("social-worker", PersonType.EXPERT, 75, 24, 62, Lifestyle.WORKING,
				List.of("sw.casework", "sw.groupwork", "sw.community", "psy.grief"),
				List.of("care.visiting", "care.emotional", "law.policy-benefits", "fh.elderly-care"),
				List.of("助理社工师", "中级社工师", "高级社工师"), 0, SOCIAL_WORK_AGENCIES, List.of("social-worker"), null), 17)
		.add(new Profession("reproductive-health-physician", PersonType.EXPERT, 85, 28, 70, Lifestyle.WORKING,
				List.of("rh.contraception", "rh.infertility", "rh.menopause", "mch.preconception", "mch.pregnancy"),
				List.of("rh.adolescent", "rh.sti-hiv", "mch.parenting", "edu.lecture"),
				List.of("住院医师", "主治医师", "副主任医师", "主任医师"), 0, HOSPITALS, List.of("physician-licence"), null), 14)
		.add(new Profession("community-physician", PersonType.EXPERT, 60, 28, 68, Lifestyle.WORKING,
				List.of("mch.preconception", "rh.contraception", "rh.sti-hiv"),
				List.of("fh.chronic", "fh.nutrition", "fh.elderly-care", "edu.lecture"),
				List.of("住院医师", "主治医师", "副主任医师"), 0, HEALTH_CENTRES, List.of("physician-licence"), null), 8)
		.add(new Profession("paediatrician", PersonType.EXPERT, 70, 28, 68, Lifestyle.WORKING,
				List.of("mch.infant-care", "mch.parenting", "mch.pregnancy"), List.of("edu.lecture", "fh.nutrition"),
				List.of("住院医师", "主治医师", "副主任医师", "主任医师"), 0, List.of("上海市儿童医院", "普陀区妇幼保健院"),
				List.of("physician-licence"), null), 5)
		.add(new Profession("nurse", PersonType.EXPERT, 97, 24, 65, Lifestyle.WORKING,
				List.of("mch.pregnancy", "mch.infant-care", "rh.contraception", "rh.menopause"),
				List.of("fh.elderly-care", "fh.chronic", "care.escort"), List.of("护士", "护师", "主管护师", "副主任护师"), 0,
				List.of("普陀区妇幼保健院", "上海市普陀区中心医院", "上海市普陀区人民医院", "{street}社区卫生服务中心"), List.of("nurse-licence"), null), 7)
		.build();

	private static final Weighted<Profession> INSTRUCTORS = Weighted.<Profession>builder()
		.add(new Profession("teacher", PersonType.INSTRUCTOR, 75, 25, 60, Lifestyle.WORKING,
				List.of("edu.youth-health", "edu.lecture"), List.of("rh.adolescent", "mch.parenting", "pub.event"),
				List.of("中学二级教师", "中学一级教师", "中学高级教师"), 0, SCHOOLS, List.of("youth-health-facilitator"), null), 35)
		.add(new Profession("health-manager", PersonType.INSTRUCTOR, 70, 26, 62, Lifestyle.WORKING,
				List.of("fh.instructor", "edu.lecture"), List.of("fh.nutrition", "fh.chronic", "fh.elderly-care"),
				List.of("健康管理师"), 0, List.of("{street}社区卫生服务中心", "普陀区健康促进中心", "上海康迈健康管理有限公司"),
				List.of("health-manager"), null), 20)
		.add(new Profession("family-health-instructor", PersonType.INSTRUCTOR, 80, 30, 68, Lifestyle.WORKING,
				List.of("fh.instructor", "edu.lecture"), List.of("fh.nutrition", "fh.elderly-care", "mch.parenting"),
				List.of("家庭健康指导员"), 0, List.of("普陀区计划生育协会", "{street}社区党群服务中心", "{street}社区卫生服务中心"),
				List.of("family-health-instructor"), null), 15)
		.add(new Profession("youth-health-facilitator", PersonType.INSTRUCTOR, 70, 24, 55, Lifestyle.WORKING,
				List.of("edu.youth-health", "edu.lecture"), List.of("rh.adolescent", "mch.parenting", "pub.new-media"),
				List.of("青春健康教育主持人"), 0, List.of("华东师范大学", "同济大学", "普陀区青少年活动中心", "普陀区计划生育协会"),
				List.of("youth-health-facilitator"), null), 20)
		.add(new Profession("parenting-instructor", PersonType.INSTRUCTOR, 95, 26, 58, Lifestyle.WORKING,
				List.of("edu.lecture"), List.of("mch.parenting", "mch.infant-care", "fh.nutrition"),
				List.of("育婴师", "早期教育指导师"), 0, List.of("普陀区早期教育指导中心", "上海小蜗牛托育园", "{street}社区托育点"), List.of(),
				"childcare-worker"), 10)
		.build();

	private static final Weighted<Profession> VOLUNTEERS = Weighted.<Profession>builder()
		.add(new Profession("retiree", PersonType.VOLUNTEER, 65, 56, 75, Lifestyle.RETIRED,
				List.of("care.visiting", "care.escort", "care.emotional", "fh.elderly-care", "pub.event"),
				List.of("fh.chronic", "fh.nutrition", "edu.lecture", "mch.infant-care"),
				List.of("助理工程师", "会计师", "工程师", "小学高级教师", "主管护师", "高级工程师"), 65, List.of("退休"), List.of(), null), 40)
		.add(new Profession("office-worker", PersonType.VOLUNTEER, 55, 22, 58, Lifestyle.WORKING,
				List.of("pub.event", "pub.new-media", "pub.photo-video", "care.visiting", "edu.lecture"),
				List.of("care.emotional", "care.escort", "fh.nutrition"),
				List.of("职员", "助理工程师", "会计师", "工程师", "经济师", "高级工程师"), 30, COMPANIES, List.of(), null), 25)
		.add(new Profession("community-worker", PersonType.VOLUNTEER, 75, 25, 58, Lifestyle.WORKING,
				List.of("care.visiting", "pub.event", "fh.elderly-care"),
				List.of("sw.community", "law.policy-benefits", "care.emotional", "sw.groupwork"),
				List.of("社区工作者", "居民区书记"), 0, List.of("{street}社区党群服务中心", "{street}社区事务受理服务中心"), List.of(), null), 15)
		.add(new Profession("student", PersonType.VOLUNTEER, 65, 22, 27, Lifestyle.STUDENT,
				List.of("pub.new-media", "pub.photo-video", "pub.event", "edu.lecture", "care.emotional"),
				List.of("care.visiting"), List.of("研究生"), 20, List.of("华东师范大学", "同济大学", "华东政法大学", "上海开放大学"), List.of(),
				null), 8)
		.add(new Profession("homemaker", PersonType.VOLUNTEER, 90, 28, 60, Lifestyle.FLEXIBLE,
				List.of("care.visiting", "fh.nutrition", "care.emotional", "pub.event"),
				List.of("mch.infant-care", "care.escort"), List.of(), 100, List.of("自由职业", "个体经营"), List.of(),
				"childcare-worker"), 12)
		.build();

	private Professions() {
	}

	static Profession draw(SplittableRandom random, PersonType type) {
		return switch (type) {
			case EXPERT -> EXPERTS.draw(random);
			case INSTRUCTOR -> INSTRUCTORS.draw(random);
			case VOLUNTEER -> VOLUNTEERS.draw(random);
		};
	}

	static List<Profession> all() {
		return Stream.of(EXPERTS, INSTRUCTORS, VOLUNTEERS)
			.flatMap((professions) -> professions.choices().stream())
			.toList();
	}

}
