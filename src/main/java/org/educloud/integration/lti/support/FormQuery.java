package org.educloud.integration.lti.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Appends parameters to a registered URL, each name and value form-encoded, keeping the URL's own query. */
public final class FormQuery {

    public static URI append(String url, String[][] parameters) {
        StringBuilder built = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        for (String[] parameter : parameters) {
            built.append(separator).append(URLEncoder.encode(parameter[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(built.toString());
    }

    private FormQuery() {
    }
}
