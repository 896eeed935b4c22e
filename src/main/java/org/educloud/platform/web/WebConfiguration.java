package org.educloud.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Simplified Chinese unless the visitor chose English ({@code ?lang=en}, remembered in a cookie).
 * API clients that send no cookie get the language of their {@code Accept-Language} header. Static files.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** The cookie that keeps a visitor's chosen language (read directly where no locale resolver runs). */
    public static final String LANGUAGE_COOKIE = "educloud-lang";

    private final ScopeArgumentResolver scopes;

    WebConfiguration(ScopeArgumentResolver scopes) {
        this.scopes = scopes;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // A mangled language cookie means the default language, not a failed request.
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getHeader("Accept-Language") != null) {
                Locale asked = asked(request.getHeader("Accept-Language"));
                if (asked != null) {
                    return asked;
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        });
        return resolver;
    }

    /** The supported language an {@code Accept-Language} header prefers; none for a header that does not parse. */
    static @Nullable Locale asked(String acceptLanguage) {
        try {
            return Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code ?lang=} switches the language of pages only: API clients send {@code Accept-Language}, and reading a
     * parameter on a POST would read the body that the API takes as a raw upload and xAPI reads itself.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor)
                .excludePathPatterns("/api/**", "/actuator/**", "/ims/**", "/xapi/**", "/oauth2/**");
    }

    /**
     * Static files only under their own prefixes (Boot's catch-all "/**" mapping is off): with it, every link a page
     * writes went through the resource chain and missed (uncached) in each classpath location, which was a sixth of
     * the CPU of the morning-bell bench.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(scopes);
    }
}
