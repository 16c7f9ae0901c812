package org.carepool.ui.frame;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as people in Shanghai read them: 2027年3月13日（星期六）09:30 in Chinese, 13 March 2027
 * (Saturday) 09:30 in English. Templates use it as {@code @timeFormat}.
 */
@Component("timeFormat")
public class TimeFormat {

	/** Every time is shown in Shanghai, whatever the server's zone. */
	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）HH:mm",
			Locale.SIMPLIFIED_CHINESE);

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy (EEEE) HH:mm", Locale.UK);

	private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）",
			Locale.SIMPLIFIED_CHINESE);

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy (EEEE)", Locale.UK);

	/**
	 * Formats an instant from the registry.
	 * @param value an ISO-8601 instant, as text or an {@link Instant}
	 * @return the local time in the reader's language
	 */
	public String format(Object value) {
		if (value == null) {
			return "";
		}
		Instant instant = (value instanceof Instant given) ? given : Instant.parse(value.toString());
		boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
		return (english ? ENGLISH : CHINESE).format(instant.atZone(SHANGHAI));
	}

	/**
	 * Formats a day from the registry (a local date, already Shanghai's).
	 * @param value an ISO-8601 date, as text or a {@link LocalDate}
	 * @return the day in the reader's language, such as 2027年3月13日（星期六）
	 */
	public String day(Object value) {
		if (value == null) {
			return "";
		}
		LocalDate day = (value instanceof LocalDate given) ? given : LocalDate.parse(value.toString());
		boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
		return (english ? ENGLISH_DAY : CHINESE_DAY).format(day);
	}

}
