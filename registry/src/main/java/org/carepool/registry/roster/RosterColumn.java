package org.carepool.registry.roster;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a roster can have, with the template's Chinese header and the variants
 * people write in their own spreadsheets.
 */
public enum RosterColumn {

	/** 姓名. */
	NAME("姓名", "name", "名字", "人员姓名", "志愿者姓名", "专家姓名", "full name"),
	/** 性别. */
	GENDER("性别", "gender", "sex"),
	/** 出生年份. */
	BIRTH_YEAR("出生年份", "出生年", "出生年月", "出生日期", "生日", "birth year", "year of birth", "birthyear"),
	/** 身份证号. */
	RESIDENT_ID("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码", "resident id", "id number"),
	/** 手机. */
	PHONE("手机", "手机号", "手机号码", "联系电话", "电话", "移动电话", "联系方式", "phone", "mobile"),
	/** 电子邮箱. */
	EMAIL("电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "mail"),
	/** 所在街镇. */
	HOME_STREET("所在街镇", "街镇", "街道", "所在街道", "居住街镇", "所属街镇", "home street", "street"),
	/** 服务街镇. */
	SERVED_STREETS("服务街镇", "服务街道", "服务区域", "served streets"),
	/** 专长/技能. */
	SKILLS("专长/技能", "专长", "技能", "专业特长", "特长", "专长技能", "skills", "skill"),
	/** 资格证书. */
	CERTIFICATIONS("资格证书", "证书", "资质", "持有证书", "资格证", "certifications", "certificates"),
	/** 人员类型. */
	TYPES("人员类型", "类型", "身份", "类别", "type", "types"),
	/** 工作单位. */
	EMPLOYER("工作单位", "单位", "employer", "organisation"),
	/** 职称. */
	TITLE("职称", "职务", "title");

	private final String header;

	private final List<String> variants;

	RosterColumn(String header, String... variants) {
		this.header = header;
		this.variants = Arrays.stream(variants).map(RosterColumn::normalise).toList();
	}

	/**
	 * The header the template uses.
	 * @return the Chinese header
	 */
	public String header() {
		return this.header;
	}

	/**
	 * The column a header names, if any.
	 * @param header a header as written in a spreadsheet
	 * @return the column
	 */
	public static Optional<RosterColumn> of(String header) {
		String normalised = normalise(header);
		if (normalised.isEmpty()) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter((column) -> normalise(column.header).equals(normalised) || column.variants.contains(normalised))
			.findFirst();
	}

	// Full-width letters, spaces, required-markers and remarks in brackets are how the
	// same header differs between spreadsheets.
	static String normalise(String header) {
		if (header == null) {
			return "";
		}
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = text.replaceAll("\\(.*?\\)|\\[.*?\\]|【.*?】", "");
		return text.replaceAll("[\\s*＊:：_]", "");
	}

}
