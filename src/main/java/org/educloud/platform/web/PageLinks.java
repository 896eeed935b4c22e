package org.educloud.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The links of the shared pager ({@code platform/pager.html}): the page being read, with its filters as the reader
 * set them, at another page number. Templates reach it as {@code @pageLinks}, so no list has to repeat its own
 * filter parameters in its pager (and forget one when a filter is added).
 */
@Component("pageLinks")
public class PageLinks {

    /** The current request's address and query parameters, with {@code page} set to the given (0-based) page. */
    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        StringBuilder link = new StringBuilder(request.getRequestURI());
        char separator = '?';
        // a form posted to the page is not a filter to carry along: only a GET's parameters are the query
        if ("GET".equals(request.getMethod())) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getKey().equals("page")) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    link.append(separator).append(UriUtils.encodeQueryParam(parameter.getKey(), StandardCharsets.UTF_8))
                            .append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
        }
        return link.append(separator).append("page=").append(page).toString();
    }
}
