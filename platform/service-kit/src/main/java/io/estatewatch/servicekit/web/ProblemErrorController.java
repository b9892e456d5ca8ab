package io.estatewatch.servicekit.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Boot's {@code BasicErrorController}: whatever the servlet container forwards to the error path (an
 * exception thrown by a filter, a {@code sendError} from the container or a security filter) is answered as
 * problem+json too, never as a Whitelabel page or Boot's error map.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;
    private final ObjectProvider<ErrorAttributes> errorAttributes;

    public ProblemErrorController(ProblemResponses problems, ObjectProvider<ErrorAttributes> errorAttributes) {
        this.problems = problems;
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable error = thrown(request);
        int status = status(request);
        if (error != null && status == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            return problems.forException(error, request);
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemType.forStatus(status)
                .map(type -> ProblemResponses.problem(type, detail(request, status, known)))
                .orElseGet(() -> ProblemDetail.forStatusAndDetail(known != null ? known : HttpStatus.valueOf(500),
                        detail(request, status, known)));
        problems.complete(problem, request);
        return ResponseEntity.status(problem.getStatus()).headers(new HttpHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Throwable thrown(HttpServletRequest request) {
        ErrorAttributes attributes = errorAttributes.getIfAvailable();
        if (attributes != null) {
            return attributes.getError(new ServletWebRequest(request));
        }
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
    }

    private static int status(HttpServletRequest request) {
        // Reached without an error (someone asked for /error itself): there is nothing here.
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
    }

    private static String detail(HttpServletRequest request, int status, HttpStatus known) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == 404) {
            return "There is no resource at " + (path instanceof String text ? text : request.getRequestURI()) + ".";
        }
        if (status >= 400 && status < 500
                && request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message && !message.isBlank()) {
            return message;
        }
        return known != null ? known.getReasonPhrase() + "." : "The request failed.";
    }
}
