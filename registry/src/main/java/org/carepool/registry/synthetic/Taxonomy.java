package org.carepool.registry.synthetic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The association's skill taxonomy and the certification types that prove skills, copied
 * from the domain reference so that generating people reads no files.
 */
final class Taxonomy {

	/**
	 * A skill, the area it belongs to, and the certification types that let it be
	 * matched.
	 */
	record SkillType(String code, String area, String name, List<String> acceptedCertifications) {

		boolean needsCertification() {
			return !this.acceptedCertifications.isEmpty();
		}

	}

	/**
	 * A certification type, how long one usually stays valid and who issues it.
	 *
	 * @param validityYears years until expiry, zero when the type does not expire
	 */
	record CertificationType(String code, String name, int validityYears, List<String> issuers) {

		boolean expires() {
			return this.validityYears > 0;
		}

	}

	private static final List<SkillType> SKILLS = List.of(
			skill("psy.counselling", "psychology", "心理咨询", "psychological-counsellor;psychotherapist"),
			skill("psy.grief", "psychology", "哀伤辅导", "psychological-counsellor;psychotherapist;social-worker"),
			skill("psy.crisis", "psychology", "心理危机干预", "psychological-counsellor;psychotherapist"),
			skill("psy.marriage-family", "psychology", "婚姻家庭咨询", "psychological-counsellor;marriage-family-counsellor"),
			skill("law.family", "law", "婚姻家庭法律咨询", "lawyer-licence;legal-qualification"),
			skill("law.inheritance-elderly", "law", "继承与养老法律咨询", "lawyer-licence;legal-qualification"),
			skill("law.policy-benefits", "law", "计生奖励扶助政策咨询", ""), skill("law.mediation", "law", "矛盾纠纷调解", ""),
			skill("sw.casework", "social-work", "个案管理", "social-worker"),
			skill("sw.groupwork", "social-work", "小组工作", ""), skill("sw.community", "social-work", "社区工作", ""),
			skill("rh.contraception", "reproductive-health", "避孕节育咨询", "physician-licence;nurse-licence"),
			skill("rh.infertility", "reproductive-health", "不孕不育咨询", "physician-licence"),
			skill("rh.sti-hiv", "reproductive-health", "性病艾滋病防治宣传", ""),
			skill("rh.adolescent", "reproductive-health", "青春期性健康教育", ""),
			skill("rh.menopause", "reproductive-health", "更年期保健", "physician-licence;nurse-licence"),
			skill("mch.preconception", "maternal-child", "孕前优生指导", "physician-licence"),
			skill("mch.pregnancy", "maternal-child", "孕产期保健指导", "physician-licence;nurse-licence"),
			skill("mch.infant-care", "maternal-child", "婴幼儿照护指导", ""),
			skill("mch.parenting", "maternal-child", "家庭科学育儿指导", ""),
			skill("fh.chronic", "family-health", "慢性病健康管理", ""), skill("fh.nutrition", "family-health", "营养膳食指导", ""),
			skill("fh.elderly-care", "family-health", "老年照护", ""),
			skill("fh.instructor", "family-health", "家庭健康指导", "family-health-instructor;health-manager"),
			skill("care.visiting", "companionship", "上门探访", ""), skill("care.escort", "companionship", "陪同就医", ""),
			skill("care.emotional", "companionship", "精神慰藉", ""),
			skill("edu.youth-health", "education", "青春健康教育主持", "youth-health-facilitator"),
			skill("edu.lecture", "education", "健康讲座", ""), skill("pub.event", "publicity", "宣传活动组织", ""),
			skill("pub.new-media", "publicity", "新媒体运营", ""), skill("pub.photo-video", "publicity", "摄影摄像", ""));

	private static final List<CertificationType> CERTIFICATIONS = List.of(
			certification("psychological-counsellor", "心理咨询师", 0, "人力资源和社会保障部职业技能鉴定中心", "上海市人力资源和社会保障局"),
			certification("psychotherapist", "心理治疗师", 0, "国家卫生健康委员会"),
			certification("lawyer-licence", "律师执业证", 1, "上海市司法局"),
			certification("legal-qualification", "法律职业资格证书", 0, "中华人民共和国司法部"),
			certification("social-worker", "社会工作者职业水平证书", 0, "人力资源和社会保障部、民政部"),
			certification("physician-licence", "医师执业证书", 5, "上海市卫生健康委员会", "上海市普陀区卫生健康委员会"),
			certification("nurse-licence", "护士执业证书", 5, "上海市卫生健康委员会", "上海市普陀区卫生健康委员会"),
			certification("health-manager", "健康管理师", 0, "上海市职业技能鉴定中心"),
			certification("childcare-worker", "育婴员", 0, "上海市职业技能鉴定中心"),
			certification("marriage-family-counsellor", "婚姻家庭咨询师", 0, "上海市婚姻家庭研究会"),
			certification("youth-health-facilitator", "青春健康教育主持人", 3, "中国计划生育协会"),
			certification("family-health-instructor", "家庭健康指导员培训合格证", 3, "上海市计划生育协会"));

	private static final Map<String, SkillType> SKILLS_BY_CODE = SKILLS.stream()
		.collect(Collectors.toUnmodifiableMap(SkillType::code, Function.identity()));

	private static final Map<String, CertificationType> CERTIFICATIONS_BY_CODE = CERTIFICATIONS.stream()
		.collect(Collectors.toUnmodifiableMap(CertificationType::code, Function.identity()));

	private Taxonomy() {
	}

	private static SkillType skill(String code, String area, String name, String accepted) {
		return new SkillType(code, area, name, accepted.isEmpty() ? List.of() : List.of(accepted.split(";")));
	}

	private static CertificationType certification(String code, String name, int validityYears, String... issuers) {
		return new CertificationType(code, name, validityYears, List.of(issuers));
	}

	static SkillType skill(String code) {
		SkillType skill = SKILLS_BY_CODE.get(code);
		if (skill == null) {
			throw new IllegalArgumentException("Unknown skill " + code);
		}
		return skill;
	}

	static CertificationType certification(String code) {
		CertificationType certification = CERTIFICATIONS_BY_CODE.get(code);
		if (certification == null) {
			throw new IllegalArgumentException("Unknown certification type " + code);
		}
		return certification;
	}

	static List<SkillType> skills() {
		return SKILLS;
	}

	static List<CertificationType> certifications() {
		return CERTIFICATIONS;
	}

}
