package org.newsarchive.source;

import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.Transliterator;

/**
 * An outlet as an imported file names it, which may be one no one registered. Its slug
 * comes from the registrable domain of its address (by the public suffix list), so that
 * every spelling of one site ({@code www.}, {@code m.}, {@code http} or {@code https})
 * and its sections' hosts ({@code star.ettoday.net}) are one source.
 *
 * @param slug the stable slug, ASCII since it goes in addresses:
 * {@code www.chinanews.com} is {@code chinanews-com}, {@code news.ltn.com.tw} is
 * {@code ltn-com-tw}, a programme named {@code 新闻联播} is {@code xinwenlianbo}
 * @param name the name the content gives, or the host where it gives none
 * @param homepage the site's root as first observed, e.g.
 * {@code https://www.chinanews.com/}
 * @param language the BCP 47 tag of the language its text was observed in
 */
public record ObservedSource(String slug, String name, String homepage, String language) {

	private static final Pattern MOBILE_OR_WWW = Pattern.compile("^(www\\d*|m|wap)\\.");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Pinyin without tones; ICU reads each character with its most common reading. */
	/** Code points of a name romanised for its slug. */
	private static final int LONGEST_NAME = 64;

	private static final Transliterator HAN_TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

	private static final Transliterator OTHER_TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	/**
	 * The outlet of an article's address, named as the content names it.
	 * @param name the site's name in the content ({@code website}, {@code og:site_name}),
	 * or null to use the host
	 * @return nothing where the address has no host
	 */
	public static Optional<ObservedSource> ofUrl(String url, String name, String language) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (uri.getHost() == null || uri.getScheme() == null) {
			return Optional.empty();
		}
		String host = IDN.toUnicode(uri.getHost()).toLowerCase(Locale.ROOT);
		String site = site(host);
		String homepage = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + "/";
		return Optional.of(new ObservedSource(slug(site), (name != null && !name.isBlank()) ? name.strip() : site,
				homepage, language));
	}

	/**
	 * An outlet the content names by itself, such as a programme whose pages live on a
	 * site of many.
	 * @param homepage where its pages were seen, or null
	 */
	public static ObservedSource ofName(String name, String homepage, String language) {
		return new ObservedSource(slug(name), name.strip(), homepage, language);
	}

	/**
	 * The registrable domain of a host where the public suffix list knows its suffix;
	 * else the host without {@code www.} or {@code m.} (an address, {@code localhost} …).
	 */
	private static String site(String host) {
		try {
			InternetDomainName name = InternetDomainName.from(host);
			if (name.isUnderPublicSuffix()) {
				return name.topPrivateDomain().toString();
			}
		}
		catch (IllegalArgumentException ex) {
			// not a domain name: an IP address or a malformed host, kept as written
		}
		return MOBILE_OR_WWW.matcher(host).replaceFirst("");
	}

	/**
	 * The slug of a name or site: Chinese as toneless pinyin, one word per run of
	 * characters ({@code 新闻联播} is {@code xinwenlianbo}), other scripts by ICU's
	 * romanisation, accents dropped. A name with nothing to romanise gets one from its
	 * hash, which is as stable as the name.
	 */
	static String slug(String text) {
		String name = text.strip();
		// No outlet's name is this long; romanising a whole field of text would take time
		// out of all proportion, so a long one is cut and told apart by its hash.
		boolean cut = name.codePointCount(0, name.length()) > LONGEST_NAME;
		String latin = romanised(cut ? name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME)) : name);
		String slug = NOT_SLUG.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
		String hash = sha256(name).substring(0, 12);
		if (slug.isEmpty()) {
			return "source-" + hash;
		}
		return cut ? slug + "-" + hash : slug;
	}

	private static String romanised(String text) {
		if (text.chars().allMatch((c) -> c < 0x80)) {
			return text;
		}
		String han = HAN.matcher(text).replaceAll((run) -> " " + pinyin(run.group()).replace(" ", "") + " ");
		String folded = MARKS.matcher(Normalizer.normalize(han, Normalizer.Form.NFKD)).replaceAll("");
		return folded.chars().allMatch((c) -> c < 0x80) ? folded : otherToLatin(folded);
	}

	/** ICU transliterators are not safe for use by two threads at once. */
	private static synchronized String pinyin(String han) {
		return HAN_TO_PINYIN.transliterate(han);
	}

	private static synchronized String otherToLatin(String text) {
		return OTHER_TO_LATIN.transliterate(text);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
