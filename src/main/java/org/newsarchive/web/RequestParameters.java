package org.newsarchive.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Parameters are read once, here, before anything else does: Tomcat throws on malformed
 * percent-encoding from whichever call first reads a parameter (a security filter, the
 * language switch, a template), and PostgreSQL refuses a NUL in any text. A request whose
 * parameters cannot be read goes on with none, marked, so that its handler is never
 * called ({@link #interceptor()} throws {@link MalformedParameterException}) while the
 * error page that answers it renders like any other.
 */
class MalformedParameters extends OncePerRequestFilter {

	private static final String MALFORMED = MalformedParameters.class.getName() + ".MALFORMED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(MALFORMED) != null || !readable(request)) {
			request.setAttribute(MALFORMED, Boolean.TRUE);
			chain.doFilter(new WithoutParameters(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The error page that answers a malformed request must not read it again. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Whether the query string, and a form's body, decode. A multipart body is left to
	 * the upload's handler: reading its parameters here would store the upload before the
	 * security filters decide whether it is allowed at all.
	 */
	static boolean readable(HttpServletRequest request) {
		if (request.getQueryString() != null && !queryDecodes(request.getQueryString())) {
			return false;
		}
		if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
			try {
				return request.getParameterMap()
					.entrySet()
					.stream()
					.allMatch((parameter) -> withoutNul(parameter.getKey())
							&& Arrays.stream(parameter.getValue()).allMatch(MalformedParameters::withoutNul));
			}
			catch (IllegalStateException ex) {
				return false;
			}
		}
		return true;
	}

	static boolean queryDecodes(String query) {
		for (String pair : query.split("&")) {
			for (String part : pair.split("=", 2)) {
				String decoded = decoded(part);
				if (decoded == null || !withoutNul(decoded)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The text a percent-encoded UTF-8 string stands for, or null if it stands for none.
	 */
	private static String decoded(String encoded) {
		ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
						|| !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
					return null;
				}
				bytes.put((byte) HexFormat.fromHexDigits(encoded, i + 1, i + 3));
				i += 2;
			}
			else if (c > 0x7f) {
				return null;
			}
			else {
				bytes.put((byte) ((c == '+') ? ' ' : c));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes.flip())
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean withoutNul(String text) {
		return text.indexOf('\0') < 0;
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Stops a marked request at its handler. */
	static HandlerInterceptor interceptor() {
		return new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getDispatcherType() == DispatcherType.REQUEST && request.getAttribute(MALFORMED) != null) {
					throw new MalformedParameterException();
				}
				return true;
			}
		};
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
