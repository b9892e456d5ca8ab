package io.estatewatch.servicekit.web;

import io.estatewatch.servicekit.error.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Rejects request bodies larger than {@code estatewatch.web.max-body-bytes} with a 413 problem: at once when the
 * {@code Content-Length} says so, and for chunked bodies by counting the bytes as they are read.
 * When the count passes the limit, reading fails with an {@link IOException} whose cause is a
 * {@link PayloadTooLargeException}; the exception handler and this filter turn it into the 413.
 *
 * <p>Multipart bodies parsed by the container itself are bounded by {@code spring.servlet.multipart.*} instead, as
 * the container reads those without passing through this filter's stream; their {@code Content-Length} is still
 * checked here.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;
    private final ProblemResponses problems;

    public RequestBodyLimitFilter(long limitBytes, ProblemResponses problems) {
        this.limitBytes = limitBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limitBytes) {
            reject(request, response);
            return;
        }
        if (declared == 0) {
            chain.doFilter(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limitBytes);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // Someone read past the limit and did not handle it (a filter, or a handler outside Spring MVC).
            if (limited.exceeded() && !response.isCommitted()) {
                response.reset();
                reject(request, response);
                return;
            }
            throw failure;
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The container swallows (or, past its own limit, drops the connection on) the unread rest of the body.
        problems.write(request, response, ProblemResponses.payloadTooLarge(new PayloadTooLargeException(limitBytes)),
                new HttpHeaders());
    }

    /** Thrown by the counting stream; an {@link IOException} so that it travels where reading errors travel. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limitBytes) {
            super("Request body exceeds " + limitBytes + " bytes", new PayloadTooLargeException(limitBytes));
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;
        private LimitedInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limitBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limitBytes;
        private long count;
        private boolean exceeded;

        LimitedInputStream(ServletInputStream delegate, long limitBytes) {
            this.delegate = delegate;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws IOException {
            count += bytes;
            if (count > limitBytes) {
                exceeded = true;
                throw new BodyTooLargeException(limitBytes);
            }
        }

        @Override
        public int available() throws IOException {
            return delegate.available();
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
