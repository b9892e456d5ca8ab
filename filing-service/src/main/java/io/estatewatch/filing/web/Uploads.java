package io.estatewatch.filing.web;

import io.estatewatch.servicekit.error.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The content of an uploaded file part. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "is required and must not be empty");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }
}
