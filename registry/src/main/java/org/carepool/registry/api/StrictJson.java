package org.carepool.registry.api;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads request bodies strictly: text may not hold NUL or other control characters or
 * lone UTF-16 surrogates (PostgreSQL refuses the first, and the second would be stored as
 * {@code ?}), dates must lie between {@link #EARLIEST} and {@link #LATEST}, and nothing
 * may follow the JSON value
 * ({@code spring.jackson.deserialization.fail-on-trailing-tokens}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	/** The earliest date any input may name. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date any input may name. */
	static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

	@Bean
	Module strictText() {
		SimpleModule module = new SimpleModule("carepool-strict-input");
		module.addDeserializer(String.class, new Text());
		module.addDeserializer(LocalDate.class, new Dates());
		return module;
	}

	/**
	 * Whether text is free of characters no field may hold: C0 controls other than tab,
	 * line feed and carriage return, DEL, and surrogates that are not part of a pair.
	 * @param value the text
	 * @return {@code true} if it may be stored
	 */
	static boolean clean(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Text fields, refusing what {@link #clean} refuses. */
	static final class Text extends StdScalarDeserializer<String> {

		Text() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && !clean(value)) {
				throw InvalidFormatException.from(parser, "Text holds characters that may not be stored", value,
						String.class);
			}
			return value;
		}

	}

	/** Dates, refusing any outside the sane range. */
	static final class Dates extends StdScalarDeserializer<LocalDate> {

		Dates() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
				throw InvalidFormatException.from(parser, "Date out of range", value, LocalDate.class);
			}
			return value;
		}

	}

}
