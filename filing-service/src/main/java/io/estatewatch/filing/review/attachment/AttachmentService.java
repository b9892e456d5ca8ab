package io.estatewatch.filing.review.attachment;

import io.estatewatch.filing.store.StoredTime;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.review.FilingService;
import io.estatewatch.filing.review.domain.Attachment;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.persistence.FilingStore;
import io.estatewatch.filing.review.persistence.FilingStore.Loaded;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.PayloadTooLargeException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Attachments of filings: the metadata (name, type, size, SHA-256) in the filing, the content in MongoDB GridFS
 * (bucket {@code attachments}), up to {@code estatewatch.filing.attachment-max-size}. Attaching the same content under
 * the same name again answers the attachment already there.
 */
@Service
public class AttachmentService {

    static final String BUCKET = "attachments";
    private static final int MAX_NAME = 200;

    private final FilingService filings;
    private final FilingStore store;
    private final MongoDatabaseFactory mongo;
    private final FilingSettings settings;
    private final Clock clock;

    public AttachmentService(FilingService filings, FilingStore store, MongoDatabaseFactory mongo,
                             FilingSettings settings, Clock clock) {
        this.filings = filings;
        this.store = store;
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** An attachment and whether this call added it (false: the same content was attached before). */
    public record Attached(Filing filing, Attachment attachment, boolean added) {
    }

    public Attached attach(Caller caller, String filingId, String fileName, String contentType, byte[] content) {
        long limit = settings.filing().attachmentMaxSize().toBytes();
        if (content.length > limit) {
            throw new PayloadTooLargeException("The attachment is " + content.length + " bytes; the limit is "
                    + limit + " bytes.", limit);
        }
        if (content.length == 0) {
            throw InvalidInputException.of("file", "is required and must not be empty");
        }
        Loaded loaded = filings.forApplicant(caller, filingId);
        ObjectId id = new ObjectId();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        Attachment candidate = new Attachment(id.toHexString(), name(fileName), type, content.length, sha256(content),
                StoredTime.now(clock), caller.username());
        Attachment attached = loaded.filing().attach(candidate);
        if (attached != candidate) {
            return new Attached(loaded.filing(), attached, false);
        }
        GridFSBucket bucket = bucket();
        bucket.uploadFromStream(new BsonObjectId(id), candidate.name(), new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(new Document("filingId", filingId)
                        .append("contentType", type).append("sha256", candidate.sha256())));
        try {
            store.update(loaded);
        } catch (RuntimeException notRecorded) {
            bucket.delete(id);
            throw notRecorded;
        }
        return new Attached(loaded.filing(), candidate, true);
    }

    /** The attachment's metadata and content, for a caller who may read the filing. */
    public record Content(Attachment attachment, byte[] bytes) {
    }

    public Content read(Caller caller, String filingId, String attachmentId) {
        Filing filing = filings.get(caller, filingId);
        Attachment attachment = filing.attachment(attachmentId)
                .orElseThrow(() -> ResourceNotFoundException.of("Attachment", attachmentId));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) attachment.size());
        bucket().downloadToStream(new ObjectId(attachment.id()), bytes);
        return new Content(attachment, bytes.toByteArray());
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getMongoDatabase(), BUCKET);
    }

    /** The file's own name, without the folders a browser may send. */
    static String name(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
