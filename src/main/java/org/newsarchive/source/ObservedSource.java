package org.newsarchive.source;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;

/**
 * An outlet as an imported file names it, which may be one no one registered. Its slug
 * comes from the registrable domain of its address (by the public suffix list), so that
 * every spelling of one site ({@code www.}, {@code m.}, {@code http} or {@code https})
 * and its sections' hosts ({@code star.ettoday.net}) are one source.
 *
 * @param slug the stable slug: {@code www.chinanews.com} is {@code chinanews-com},
 * {@code news.ltn.com.tw} is {@code ltn-com-tw}
 * @param name the name the content gives, or the host where it gives none
 * @param homepage the site's root as first observed, e.g.
 * {@code https://www.chinanews.com/}
 * @param language the BCP 47 tag of the language its text was observed in
 */
public record ObservedSource(String slug, String name, String homepage, String language) {

	private static final Pattern MOBILE_OR_WWW = Pattern.compile("^(www\\d*|m|wap)\\.");

	private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");

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

	private static String slug(String text) {
		String slug = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
		return slug.replaceAll("^-+|-+$", "");
	}

}
