package org.newsarchive.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Parameters are checked once, here, before anything else reads them: Tomcat throws on
 * malformed percent-encoding from whichever call first reads a parameter (a security
 * filter, the language switch, a template), and PostgreSQL refuses a NUL in any text. A
 * request whose parameters cannot be read goes on with none, marked, so that its handler
 * is never called ({@link #interceptor()} throws {@link MalformedParameterException})
 * while the error page that answers it renders like any other.
 * <p>
 * The parameters of a multipart request to the API are those of its query string alone:
 * reading a parameter of the body would make Tomcat read and store the whole upload, and
 * security filters and error pages read parameters before anyone has checked who sent it.
 * The upload's handler reads the parts once the request is authorised. (A page's upload
 * form carries its CSRF token in the body, so pages keep Tomcat's parameters.)
 */
class RequestParameters extends OncePerRequestFilter {

	private static final String MALFORMED = RequestParameters.class.getName() + ".MALFORMED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> query = decodedQuery(request.getQueryString());
		if (request.getAttribute(MALFORMED) != null || query == null || !formReadable(request)) {
			request.setAttribute(MALFORMED, Boolean.TRUE);
			chain.doFilter(new WithParameters(request, Map.of(), false), response);
		}
		else if (isMultipart(request) && (request.getDispatcherType() == DispatcherType.ERROR
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/"))) {
			chain.doFilter(new WithParameters(request, query, true), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/** The error page that answers a request must not read its parameters either. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Whether a form's body, if the request has one, decodes. */
	private static boolean formReadable(HttpServletRequest request) {
		if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request))) {
			return true;
		}
		try {
			return request.getParameterMap()
				.entrySet()
				.stream()
				.allMatch((parameter) -> withoutNul(parameter.getKey())
						&& Arrays.stream(parameter.getValue()).allMatch(RequestParameters::withoutNul));
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/** The parameters of a query string, or null if it has any that cannot be read. */
	static Map<String, String[]> decodedQuery(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (query != null && !query.isEmpty()) {
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				String name = decoded(parts[0]);
				String value = (parts.length > 1) ? decoded(parts[1]) : "";
				if (name == null || value == null || !withoutNul(name) || !withoutNul(value)) {
					return null;
				}
				parameters.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> decoded = new LinkedHashMap<>();
		parameters.forEach((name, values) -> decoded.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(decoded);
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

	private static boolean isMultipart(HttpServletRequest request) {
		MediaType type = contentType(request);
		return type != null && "multipart".equalsIgnoreCase(type.getType());
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

	/** A request with the given parameters in place of those Tomcat would read. */
	private static final class WithParameters extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final boolean keepQueryString;

		WithParameters(HttpServletRequest request, Map<String, String[]> parameters, boolean keepQueryString) {
			super(request);
			this.parameters = parameters;
			this.keepQueryString = keepQueryString;
		}

		@Override
		public String getQueryString() {
			return this.keepQueryString ? super.getQueryString() : null;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

	}

}
