package org.newsarchive.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Ticker;
import org.newsarchive.ingest.IngestProperties;
import org.newsarchive.ingest.ReadersFirst;
import org.newsarchive.ingest.StartupImportProgress;
import org.newsarchive.search.SearchService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface speaks English and simplified Chinese: first as the browser asks
 * ({@code Accept-Language}), then as the reader chooses with {@code ?ui=zh-CN} or
 * {@code ?ui=en}, remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
// The upload limits the API's problems name, wherever the web layer runs alone, and how
// long the reading pages are kept.
@EnableConfigurationProperties({ UploadProperties.class, MultipartProperties.class, IngestProperties.class,
		PagesProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("archive-ui-language");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// A cookie naming no language leaves the browser's choice, as no cookie does.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction((request) -> {
			Locale requested = request.getLocale();
			return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("ui");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(RequestParameters.interceptor());
		registry.addInterceptor(interceptor);
	}

	/**
	 * An error page never reads an upload: answering a refused upload (a 401 or a 403)
	 * would otherwise read and store its whole body first, because the error page reads
	 * parameters and a multipart request's parameters are in its body.
	 */
	@Bean
	StandardServletMultipartResolver multipartResolver(MultipartProperties properties) {
		StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
			}
		};
		resolver.setResolveLazily(properties.isResolveLazily());
		resolver.setStrictServletCompliance(properties.isStrictServletCompliance());
		return resolver;
	}

	@Bean
	PageCache pageCache(PagesProperties properties, LocaleResolver localeResolver,
			ObjectProvider<StartupImportProgress> startupImport, ObjectProvider<SearchService> search) {
		return new PageCache(properties.cacheTime(), Ticker.systemTicker(), localeResolver, () -> {
			StartupImportProgress progress = startupImport.getIfAvailable();
			return progress != null && progress.current().isPresent();
		}, () -> search.ifAvailable(SearchService::showEverythingWritten));
	}

	/**
	 * After security, which says who is asking, and for requests only: an error page is
	 * never kept.
	 */
	@Bean
	FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache cache) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Early, so that a reader counts for about the whole of its request; a web slice
	 * without the import counts for nobody.
	 */
	@Bean
	FilterRegistrationBean<ReadersAnswered> readersAnswered(ObjectProvider<ReadersFirst> readers) {
		FilterRegistrationBean<ReadersAnswered> registration = new FilterRegistrationBean<>(
				new ReadersAnswered(readers.getIfAvailable(ReadersFirst::new)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Right after the character encoding is set, before security reads anything. */
	@Bean
	FilterRegistrationBean<RequestParameters> requestParameters() {
		FilterRegistrationBean<RequestParameters> registration = new FilterRegistrationBean<>(new RequestParameters());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
