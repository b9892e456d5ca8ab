package io.estatewatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** The {@code .estatewatch/} directory: the broker's log, the store's file and every log of a run. */
public record StateDirectory(Path root) {

    public static StateDirectory in(Path workingDirectory) {
        return new StateDirectory(workingDirectory.toAbsolutePath().normalize().resolve(".estatewatch"));
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path mongoFile() {
        return root.resolve("mongo").resolve("estatewatch.mv");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /**
     * The secret the gateway signs tokens with and every service verifies them with, made once per data directory
     * so that a restart keeps issued tokens valid and no secret is ever committed.
     */
    public String tokenSecret() {
        Path file = root.resolve("token-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] random = new byte[48];
            new java.security.SecureRandom().nextBytes(random);
            String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    public StateDirectory create() {
        try {
            Files.createDirectories(kafka());
            Files.createDirectories(mongoFile().getParent());
            Files.createDirectories(logs());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    /** True while a broker (of any launcher) holds the lock on this directory's Kafka log. */
    public boolean inUse() {
        Path lock = kafka().resolve("data").resolve(".lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the whole directory; the next start formats a new cluster and an empty store. */
    public void wipe() {
        if (!root.getFileName().toString().equals(".estatewatch")) {
            throw new IllegalStateException("refusing to wipe " + root + ": not an .estatewatch directory");
        }
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + root, e);
        }
    }
}
