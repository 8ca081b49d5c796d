package org.newsarchive.web;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reading needs no sign-in; everything that changes the archive does. Pages carry a
 * Content-Security-Policy that allows no inline script, so that nothing from an ingested
 * file could run even if it slipped past escaping.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * The JSON API is for scripts: HTTP Basic on every request and no session, so a
	 * signed-in administrator's browser cookie never authorises a request another site
	 * makes it send. Cached Basic credentials would, so changes a browser says come from
	 * another site are refused ({@link CrossSiteRequests}); together that is what makes
	 * turning CSRF tokens off here safe.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/admin/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new CrossSiteRequests(), BasicAuthenticationFilter.class);
		return headers(http).build();
	}

	/**
	 * Pages: reading is open to all (a HEAD is a GET without the body, as link checkers
	 * and monitors send it), the admin pages need a sign-in, forms carry CSRF tokens.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pageSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/login", "/logout", "/error")
			.permitAll()
			.anyRequest()
			.hasRole("ADMIN"))
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.httpBasic(Customizer.withDefaults());
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}

	@Bean
	UserDetailsService users(AdminProperties admin) {
		String password = admin.password();
		if (password == null || password.isBlank()) {
			password = generatedPassword();
			logger.warn("No ARCHIVE_ADMIN_PASSWORD set. Sign in as '{}' with this generated password: {}", admin.user(),
					password);
		}
		return new AdminAccount(admin.user(), password, PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The administrator's credentials, from {@code ARCHIVE_ADMIN_USER} and
	 * {@code ARCHIVE_ADMIN_PASSWORD}.
	 */
	@ConfigurationProperties("archive.admin")
	record AdminProperties(@DefaultValue("admin") String user, String password) {

	}

}
