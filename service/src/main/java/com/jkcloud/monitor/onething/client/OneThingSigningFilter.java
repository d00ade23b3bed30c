package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.OneThingProtocol;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds {@code sign} to every request from what the request really carries: a POST's form fields keyed with
 * the empty key (account host), a GET's query parameters keyed with its {@code sessionid} cookie (control
 * host). Form-less POSTs ({@code outcome-history}, {@code info/query}) are not signed, as the app does.
 */
public class OneThingSigningFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod())) {
            signQuery(request);
        } else {
            signForm(request);
        }
    }

    private static void signQuery(ClientRequestContext request) {
        Map<String, List<String>> parameters = queryParameters(request.getUri().getRawQuery());
        String sign = Signatures.sign(parameters, sessionId(request));
        request.setUri(UriBuilder.fromUri(request.getUri()).replaceQueryParam(OneThingProtocol.SIGN, sign).build());
    }

    @SuppressWarnings("unchecked")
    private static void signForm(ClientRequestContext request) {
        Object entity = request.getEntity();
        MultivaluedMap<String, String> form;
        if (entity instanceof Form webForm) {
            form = webForm.asMap();
        } else if (entity instanceof MultivaluedMap<?, ?> map) {
            form = (MultivaluedMap<String, String>) map;
        } else {
            return;
        }
        form.putSingle(OneThingProtocol.SIGN, Signatures.sign(form, ""));
    }

    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String sessionId(ClientRequestContext request) {
        Cookie cookie = request.getCookies().get(OneThingProtocol.SESSION_COOKIE);
        if (cookie != null) {
            return cookie.getValue();
        }
        String header = request.getHeaderString(HttpHeaders.COOKIE);
        if (header != null) {
            for (String part : header.split(";")) {
                String trimmed = part.trim();
                if (trimmed.startsWith(OneThingProtocol.SESSION_COOKIE + "=")) {
                    return trimmed.substring(OneThingProtocol.SESSION_COOKIE.length() + 1);
                }
            }
        }
        return "";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
