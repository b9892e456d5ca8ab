package io.estatewatch.complaint.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Errors of the Open311 endpoint in the spec's shape: {@code [{"code":400,"description":"…"}]} / {@code <errors>}. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);
    private static final Pattern EXTENSION = Pattern.compile("\\.(json|xml)$", Pattern.CASE_INSENSITIVE);

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> open311(Open311Exception error, HttpServletRequest request) {
        return write(request, error.code(), error.getMessage());
    }

    /** Tomcat cannot decode the form (e.g. {@code %zz}): the client's request is broken, not the service. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> undecodable(InvalidParameterException error, HttpServletRequest request) {
        return write(request, 400, "The form body is not valid application/x-www-form-urlencoded: check its percent-encoding.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception error, HttpServletRequest request) {
        if (error instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            // Spring's own request errors (wrong method, media type, missing parameter) keep their status.
            return write(request, response.getStatusCode().value(), response.getBody().getDetail());
        }
        log.error("Open311 request {} failed", request.getRequestURI(), error);
        return write(request, 500, "The request could not be handled; try again later.");
    }

    private static ResponseEntity<String> write(HttpServletRequest request, int code, String description) {
        Matcher extension = EXTENSION.matcher(request.getRequestURI());
        Open311Format format = extension.find() ? Open311Format.of(extension.group(1)) : Open311Format.JSON;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return format.write(code, "errors", "error", List.of(error));
    }
}
