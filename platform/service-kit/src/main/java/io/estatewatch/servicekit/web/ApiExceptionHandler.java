package io.estatewatch.servicekit.web;

import io.estatewatch.servicekit.error.Causes;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one problem+json handler of every service: Spring MVC's own exceptions (through
 * {@link ResponseEntityExceptionHandler}), the service kit's exceptions, data-store conflicts and outages, and a
 * generic 500 for anything else. Ordered last, so a service's own advice wins where it has one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final int MAX_ECHOED_VALUE = 60;

    private final ProblemResponses problems;
    private final JsonMapper json;

    public ApiExceptionHandler(ProblemResponses problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** Everything Spring MVC does not handle itself. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handleOther(Exception exception, HttpServletRequest request) {
        return problems.forException(exception, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = fieldProblems(ex.getBindingResult());
        return handleExceptionInternal(ex, ProblemResponses.validation(summary(errors), errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            if (result.getContainerIndex() != null) {
                name = name + "[" + result.getContainerIndex() + "]";
            } else if (result.getContainerKey() != null) {
                name = name + "[" + result.getContainerKey() + "]";
            }
            if (result instanceof ParameterErrors parameterErrors && isBody(result.getMethodParameter())) {
                errors.addAll(fieldProblems(parameterErrors));
            } else if (result instanceof ParameterErrors parameterErrors) {
                String prefix = name;
                parameterErrors.getFieldErrors().forEach(error ->
                        errors.add(new FieldProblem(prefix + "." + error.getField(), message(error))));
                parameterErrors.getGlobalErrors().forEach(error -> errors.add(new FieldProblem(prefix, message(error))));
            } else {
                String field = name;
                result.getResolvableErrors().forEach(error ->
                        errors.add(new FieldProblem(field, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
            }
        }
        ex.getCrossParameterValidationResults().forEach(error ->
                errors.add(new FieldProblem(null, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        return handleExceptionInternal(ex, ProblemResponses.validation(summary(errors), errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Optional<PayloadTooLargeException> tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return handleExceptionInternal(ex, ProblemResponses.payloadTooLarge(tooLarge.get()), headers,
                    HttpStatusCode.valueOf(413), request);
        }
        return handleExceptionInternal(ex, unreadable(ex), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument
                ? parameterName(argument.getParameter()) : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message;
        if (type != null && type.isEnum()) {
            message = "has an unknown value" + echo(ex.getValue()) + "; allowed values: " + String.join(", ", enumValues(type));
        } else {
            message = "must be " + expected(type);
        }
        return handleExceptionInternal(ex, invalidParameter("Parameter '" + name + "' " + message + ".", name, message),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        String name = ex.getParameterName();
        return handleExceptionInternal(ex, invalidParameter("Parameter '" + name + "' is required.", name, "is required"),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String name = ex.getRequestPartName();
        return handleExceptionInternal(ex, invalidParameter("Part '" + name + "' is required.", name, "is required"),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem;
        if (ex instanceof MissingRequestHeaderException header) {
            String name = header.getHeaderName();
            problem = invalidParameter("Header '" + name + "' is required.", name, "is required");
        } else {
            problem = ex.updateAndGetBody(getMessageSource(), java.util.Locale.ROOT);
            problem.setType(ProblemType.INVALID_PARAMETER.uri());
            problem.setTitle(ProblemType.INVALID_PARAMETER.title());
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "" : ex.getSupportedHttpMethods().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        String detail = "Method " + ex.getMethod() + " is not supported here"
                + (allowed.isEmpty() ? "." : "; allowed: " + allowed + ".");
        return handleExceptionInternal(ex, ProblemResponses.problem(ProblemType.METHOD_NOT_ALLOWED, detail), headers,
                status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String supported = ex.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                .collect(Collectors.joining(", "));
        String detail = (ex.getContentType() == null ? "The request has no Content-Type" :
                "Content-Type '" + ex.getContentType().getType() + "/" + ex.getContentType().getSubtype() + "' is not supported")
                + (supported.isEmpty() ? "." : "; supported: " + supported + ".");
        return handleExceptionInternal(ex, ProblemResponses.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail), headers,
                status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return handleExceptionInternal(ex, ProblemResponses.uploadTooLarge(ex), headers, status, request);
    }

    /** Every response of this handler passes here: give it the common members. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (statusCode.is5xxServerError()) {
                logger.error("Request failed with " + statusCode.value(), ex);
            }
            problems.complete(problem, servletRequest(request));
        }
        return response;
    }

    // ---- unreadable bodies -------------------------------------------------------------------------------------

    private ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        Optional<JacksonException> jackson = causeOfType(ex, JacksonException.class);
        if (jackson.isEmpty()) {
            boolean missing = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
            return ProblemResponses.problem(ProblemType.MALFORMED_BODY,
                    missing ? "The request body is missing." : "The request body could not be read.");
        }
        JacksonException cause = jackson.get();
        String field = path(cause);
        if (cause instanceof PropertyBindingException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return fieldError(field, "is not a known field" + (known.isEmpty() ? "" : "; known fields: " + known));
        }
        if (cause instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            Class<?> type = mismatch.getTargetType();
            if (type != null && type.isEnum()) {
                Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
                return fieldError(field, "has an unknown value" + echo(value) + "; allowed values: "
                        + String.join(", ", enumValues(type)));
            }
            return fieldError(field, "must be " + expected(type));
        }
        if (cause instanceof InputCoercionException coercion && !field.isEmpty()) {
            return fieldError(field, "must be " + expected(coercion.getTargetType()) + " within its range");
        }
        if (cause instanceof UnexpectedEndOfInputException) {
            return ProblemResponses.problem(ProblemType.MALFORMED_BODY,
                    "The request body is not valid JSON: it ends unexpectedly" + location(cause) + ".");
        }
        if (cause instanceof StreamReadException) {
            return ProblemResponses.problem(ProblemType.MALFORMED_BODY,
                    "The request body is not valid JSON" + location(cause) + ".");
        }
        if (!field.isEmpty()) {
            return fieldError(field, "has a value that cannot be accepted");
        }
        return ProblemResponses.problem(ProblemType.MALFORMED_BODY, "The request body could not be read as the expected JSON.");
    }

    private static ProblemDetail fieldError(String field, String message) {
        return ProblemResponses.withErrors(
                ProblemResponses.problem(ProblemType.MALFORMED_BODY, "Field '" + field + "' " + message + "."),
                List.of(new FieldProblem(field, message)));
    }

    /** {@code contact.phone}, {@code items[0].code}: the JSON path of the failing value. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String location(JacksonException exception) {
        var location = exception.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What a client must send for {@code type}, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2022-03-01";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 local date-time such as 2022-03-01T09:30:00";
        }
        if (type == LocalTime.class) {
            return "an ISO-8601 time such as 09:30:00";
        }
        if (type == Duration.class || TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 duration such as PT15M";
        }
        if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset such as 2022-03-01T09:30:00+08:00";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "an object";
    }

    /** The enum's constants as they appear in JSON (respecting {@code @JsonProperty} / {@code @JsonValue}). */
    List<String> enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                String written = json.writeValueAsString(constant);
                return written.length() >= 2 && written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
            } catch (RuntimeException notWritable) {
                return ((Enum<?>) constant).name();
            }
        }).toList();
    }

    private static String echo(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        return " '" + (text.length() > MAX_ECHOED_VALUE ? text.substring(0, MAX_ECHOED_VALUE) + "…" : text) + "'";
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static ProblemDetail invalidParameter(String detail, String name, String message) {
        return ProblemResponses.withErrors(ProblemResponses.problem(ProblemType.INVALID_PARAMETER, detail),
                List.of(new FieldProblem(name, message)));
    }

    private static ProblemDetail notFound(WebRequest request) {
        HttpServletRequest servlet = servletRequest(request);
        String path = servlet == null ? "this path" : servlet.getRequestURI();
        return ProblemResponses.problem(ProblemType.NOT_FOUND, "There is no resource at " + path + ".");
    }

    private static List<FieldProblem> fieldProblems(Errors result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), message(error)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(new FieldProblem(null, message(error)));
        }
        return errors;
    }

    private static String message(ObjectError error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return "has a value of the wrong type";
        }
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String summary(List<FieldProblem> errors) {
        List<String> fields = errors.stream().map(FieldProblem::field).filter(f -> f != null && !f.isEmpty())
                .distinct().sorted().toList();
        if (fields.isEmpty()) {
            return "The request is not valid.";
        }
        return "The request is not valid: " + String.join(", ", fields) + (fields.size() == 1 ? " is" : " are")
                + " invalid; see errors for each.";
    }

    private static boolean isBody(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class);
    }

    /** The name a client uses: {@code @RequestParam("page-size")} beats the Java parameter name. */
    static String parameterName(MethodParameter parameter) {
        for (Class<? extends Annotation> kind : List.of(RequestParam.class, PathVariable.class, RequestHeader.class,
                CookieValue.class, RequestPart.class)) {
            Annotation annotation = parameter.getParameterAnnotation(kind);
            if (annotation != null) {
                Map<String, Object> attributes = org.springframework.core.annotation.AnnotationUtils.getAnnotationAttributes(annotation);
                Object name = attributes.get("name");
                if (name instanceof String text && !text.isEmpty()) {
                    return text;
                }
            }
        }
        String name = parameter.getParameterName();
        return name == null ? "arg" + parameter.getParameterIndex() : name;
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable exception, Class<T> type) {
        return Causes.of(exception).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }
}
