package org.newsarchive.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.Published;
import org.newsarchive.entity.ScriptFolding;

/**
 * What story assignment compares of an article, computed once per stored revision.
 *
 * @param firstDay the first day its publication may fall on, or null where undated
 * @param lastDay the last day, the same as the first for a dated day or time
 * @param signature the MinHash of its text's shingles (see {@link MinHash})
 * @param titleTerms the distinct words and Han bigrams of its titles, folded
 * @param terms the distinct words and Han bigrams of its title, lede and opening, folded
 * @param entityIds the people, organisations and places it names, ascending, but not the
 * reporters and editors its bylines name (see {@link BylineNames})
 * @param namedDays the days its opening names near its publication, ascending (see
 * {@link #namedDays(String, LocalDate, LocalDate)})
 * @param outlet the slug of the source that published it, or null where not known
 * @param figures the figures its opening reports, ascending (see
 * {@link #figures(String)})
 */
record ArticleFeatures(long articleId, LocalDate firstDay, LocalDate lastDay, int[] signature, String[] titleTerms,
		String[] terms, long[] entityIds, List<LocalDate> namedDays, String outlet, String[] figures) {

	/** How much of the body counts for what the article is about: its opening. */
	static final int OPENING_TOKENS = 240;

	/**
	 * A date as news writes it: {@code 2018年7月19日}, {@code 3月28日}, {@code 3·28} (an event
	 * named by its date), {@code 28日}, {@code 昨（27）日}, {@code 廿七日}.
	 */
	private static final Pattern DAY = Pattern
		.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + "|(?<!\\d)(\\d{1,2})·(\\d{1,2})(?!\\d)"
				+ "|(?<![\\d.:/])[（(]?(\\d{1,2})[)）]?\\s*日" + "|(?<![月〇一二三四五六七八九十廿卅])([一二三四五六七八九十廿卅]{1,3})日");

	/**
	 * A number with its magnitude and unit: {@code 305人}, {@code 1.08万亿元}, {@code 52.0%},
	 * {@code 25,888元}.
	 */
	private static final Pattern FIGURE = Pattern
		.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([万亿千百兆]*)([\\p{IsHan}%％])");

	/** Units of dates, times and rounds, not of quantities. */
	private static final String NOT_UNITS = "年月日时点分秒号届期多余";

	/** Digits from which a figure is specific to its news, not a round or small count. */
	private static final int FIGURE_DIGITS = 3;

	private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

	private static final Set<String> ENGLISH_STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
			"from", "has", "have", "he", "in", "is", "it", "its", "of", "on", "or", "said", "that", "the", "this", "to",
			"was", "were", "will", "with", "which", "who", "would");

	static ArticleFeatures of(long articleId, String outlet, Published published, String title, String otherTitle,
			String lede, List<Block> blocks, Collection<EntityRef> names) {
		String opening = Stories.opening(title, otherTitle, lede);
		String body = String.join("\n", Stories.paragraphs(blocks));
		String whole = opening + "\n" + body;
		// Folded once for the tokens and the bylines.
		String folded = ScriptFolding.simplified(whole);
		Tokens about = Tokens.of(whole, folded);
		// The body is folded and cut once: its tokens are those after the opening's line,
		// the same as its own (folding is one character for one, and a line break ends
		// every token).
		Tokens text = body.isBlank() ? about : about.after(opening.length() + 1);
		BylineNames bylines = BylineNames.inFolded(folded);
		long[] entities = names.stream()
			.filter((name) -> !bylines.onlyThere(name.name()))
			.mapToLong(EntityRef::id)
			.distinct()
			.sorted()
			.toArray();
		String aboutOpening = openingText(about);
		List<LocalDate> days = (published != null)
				? List.copyOf(namedDays(aboutOpening, published.firstDay(), published.lastDay())) : List.of();
		return new ArticleFeatures(articleId, (published != null) ? published.firstDay() : null,
				(published != null) ? published.lastDay() : null, MinHash.signature(text),
				terms(Tokens.of(Stories.opening(title, otherTitle, null))), terms(about), entities, days, outlet,
				figures(ScriptFolding.simplified(aboutOpening)));
	}

	/**
	 * The figures a text reports that few other news would: numbers of at least
	 * {@value #FIGURE_DIGITS} significant digits, or two with a decimal point, with their
	 * magnitude and unit ({@code 305人}, {@code 1.08万亿}, {@code 5.6级}, {@code 11.6%}), but
	 * not dates, times or small and round counts ({@code 2例}, {@code 20万个}). Two reports
	 * of one event repeat its figures; two days' reports of one kind share the template,
	 * not the figures.
	 */
	static String[] figures(String folded) {
		Set<String> figures = new TreeSet<>();
		Matcher figure = FIGURE.matcher(folded);
		while (figure.find()) {
			String whole = figure.group(1).replace(",", "");
			String decimals = (figure.group(2) != null) ? figure.group(2) : "";
			String magnitude = figure.group(3);
			String unit = figure.group(4).replace('％', '%');
			if (magnitude.isEmpty() && (NOT_UNITS.contains(unit) || (decimals.isEmpty() && year(whole)))) {
				continue;
			}
			String digits = (whole + decimals).replaceAll("^0+", "").replaceAll("0+$", "");
			if (digits.length() >= FIGURE_DIGITS || (!decimals.isEmpty() && digits.length() >= 2)) {
				figures.add(whole + (decimals.isEmpty() ? "" : "." + decimals) + magnitude + unit);
			}
		}
		return figures.toArray(String[]::new);
	}

	/**
	 * Words (not the commonest English ones) and pairs of adjacent Han characters of one
	 * phrase, from the first {@value #OPENING_TOKENS} tokens after the title and lede.
	 */
	static String[] terms(Tokens text) {
		Set<String> terms = new TreeSet<>();
		List<Tokens.Token> tokens = text.tokens();
		int end = Math.min(tokens.size(), OPENING_TOKENS);
		for (int i = 0; i < end; i++) {
			Tokens.Token token = tokens.get(i);
			if (!han(token)) {
				if (token.text().length() > 1 && !ENGLISH_STOP_WORDS.contains(token.text())
						&& !token.text().chars().allMatch(Character::isDigit)) {
					terms.add(token.text());
				}
			}
			else if (i + 1 < tokens.size() && han(tokens.get(i + 1)) && tokens.get(i + 1).run() == token.run()) {
				terms.add(token.text() + tokens.get(i + 1).text());
			}
		}
		return terms.toArray(String[]::new);
	}

	/**
	 * The days from the first to the last day of publication named in a text, and those
	 * up to {@value StoryMatcher#WINDOW_DAYS} days either side: the days news is about,
	 * not the history or the deadlines it mentions. A date without a year falls in the
	 * year that puts it nearest, a day without a month in the month that does.
	 */
	static Set<LocalDate> namedDays(String text, LocalDate first, LocalDate last) {
		Set<LocalDate> days = new TreeSet<>();
		Matcher date = DAY.matcher(text);
		while (date.find()) {
			LocalDate day;
			if (date.group(3) != null) {
				day = (date.group(1) != null)
						? date(number(date.group(1)), number(date.group(2)), number(date.group(3)))
						: nearestWithMonth(number(date.group(2)), number(date.group(3)), first);
			}
			else if (date.group(5) != null) {
				day = nearestWithMonth(number(date.group(4)), number(date.group(5)), first);
			}
			else {
				day = nearestWithDay((date.group(6) != null) ? number(date.group(6)) : chinese(date.group(7)), first);
			}
			if (day != null && !day.isBefore(first.minusDays(StoryMatcher.WINDOW_DAYS))
					&& !day.isAfter(last.plusDays(StoryMatcher.WINDOW_DAYS))) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * The days it reports on: the days it names other than those it was published on (a
	 * dateline names its own day, a daily count the day before), or where it names no
	 * other, the days it names.
	 */
	Set<LocalDate> reportedDays() {
		List<LocalDate> named = this.namedDays;
		if (named.isEmpty()) {
			return Set.of();
		}
		Set<LocalDate> others = new TreeSet<>();
		for (LocalDate day : named) {
			if (day.isBefore(this.firstDay) || day.isAfter(this.lastDay)) {
				others.add(day);
			}
		}
		return others.isEmpty() ? new TreeSet<>(named) : others;
	}

	/** Days between two articles' publication; 0 where their spans overlap. */
	Integer dayGap(ArticleFeatures other) {
		if (this.firstDay == null || other.firstDay == null) {
			return null;
		}
		if (this.lastDay.isBefore(other.firstDay)) {
			return (int) ChronoUnit.DAYS.between(this.lastDay, other.firstDay);
		}
		if (other.lastDay.isBefore(this.firstDay)) {
			return (int) ChronoUnit.DAYS.between(other.lastDay, this.firstDay);
		}
		return 0;
	}

	/** Whether both were published by one outlet, as far as is known. */
	boolean sameOutlet(ArticleFeatures other) {
		return this.outlet != null && this.outlet.equals(other.outlet);
	}

	/** Whether it was dated to a day at least, not only to a month or a year. */
	boolean datedToTheDay() {
		return this.firstDay != null && this.firstDay.equals(this.lastDay);
	}

	/**
	 * Whether its text gives the same features; not the outlet, which an article moved to
	 * another source changes without changing its story.
	 */
	boolean sameFeaturesAs(ArticleFeatures other) {
		return Objects.equals(this.firstDay, other.firstDay) && Objects.equals(this.lastDay, other.lastDay)
				&& Arrays.equals(this.signature, other.signature) && Arrays.equals(this.titleTerms, other.titleTerms)
				&& Arrays.equals(this.terms, other.terms) && Arrays.equals(this.entityIds, other.entityIds)
				&& this.namedDays.equals(other.namedDays) && Arrays.equals(this.figures, other.figures);
	}

	/**
	 * The text of its first {@value #OPENING_TOKENS} tokens, where its terms come from.
	 */
	private static String openingText(Tokens about) {
		List<Tokens.Token> tokens = about.tokens();
		return tokens.isEmpty() ? ""
				: about.original().substring(0, tokens.get(Math.min(tokens.size(), OPENING_TOKENS) - 1).end());
	}

	/** A number a year is written as: {@code 2017大安沙雕音乐季} names no quantity. */
	private static boolean year(String number) {
		return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
	}

	private static LocalDate nearestWithMonth(int month, int day, LocalDate near) {
		LocalDate nearest = null;
		for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
			nearest = nearer(nearest, date(year, month, day), near);
		}
		return nearest;
	}

	private static LocalDate nearestWithDay(int day, LocalDate near) {
		LocalDate nearest = null;
		for (int months = -1; months <= 1; months++) {
			LocalDate month = near.plusMonths(months);
			nearest = nearer(nearest, date(month.getYear(), month.getMonthValue(), day), near);
		}
		return nearest;
	}

	private static LocalDate nearer(LocalDate nearest, LocalDate candidate, LocalDate near) {
		if (candidate == null) {
			return nearest;
		}
		return (nearest == null || Math.abs(ChronoUnit.DAYS.between(near, candidate)) < Math
			.abs(ChronoUnit.DAYS.between(near, nearest))) ? candidate : nearest;
	}

	/** The date, or null where there is no such day (a 31st of April, a 0th). */
	private static LocalDate date(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	/** 廿七 is 27, 二十九 is 29, 十 is 10, 三 is 3. */
	private static int chinese(String numeral) {
		String number = numeral.replace("廿", "二十").replace("卅", "三十");
		int ten = number.indexOf('十');
		if (ten < 0) {
			return (number.length() == 1) ? CHINESE_DIGITS.indexOf(number.charAt(0)) : 0;
		}
		int tens = (ten == 0) ? 1 : CHINESE_DIGITS.indexOf(number.charAt(ten - 1));
		int units = (ten == number.length() - 1) ? 0 : CHINESE_DIGITS.indexOf(number.charAt(ten + 1));
		return tens * 10 + units;
	}

	private static boolean han(Tokens.Token token) {
		return Character.UnicodeScript.of(token.text().codePointAt(0)) == Character.UnicodeScript.HAN;
	}

}
