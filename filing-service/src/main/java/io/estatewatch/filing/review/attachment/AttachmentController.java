package io.estatewatch.filing.review.attachment;

import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.review.attachment.AttachmentService.Attached;
import io.estatewatch.filing.review.attachment.AttachmentService.Content;
import io.estatewatch.filing.review.web.FilingResponse.AttachmentView;
import io.estatewatch.filing.web.Uploads;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.nio.charset.StandardCharsets;

@RestController
@RequestMapping("/api/v1/filings/{id}/attachments")
@Tag(name = "Filings")
public class AttachmentController {

    private final AttachmentService attachments;
    private final FilingSettings settings;

    public AttachmentController(AttachmentService attachments, FilingSettings settings) {
        this.attachments = attachments;
        this.settings = settings;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document to a filing",
            description = "The applicant (a district admin or officer, or the filing's company), while the filing is in "
                    + "review. The part 'file' is stored in GridFS; the filing keeps its name, content type, size and "
                    + "SHA-256. Larger than estatewatch.filing.attachment-max-size (10 MB) is a 413. The same content "
                    + "under the same name again answers 200 with the attachment already there.")
    @ApiResponse(responseCode = "201", description = "Attached")
    @ApiResponse(responseCode = "200", description = "Already attached")
    @ApiResponse(responseCode = "413", description = "Over the size limit")
    public ResponseEntity<AttachmentView> attach(Caller caller, @PathVariable String id,
                                                 @RequestPart("file") MultipartFile file) {
        Attached attached = attachments.attach(caller, id, file.getOriginalFilename(), mediaType(file.getContentType()),
                Uploads.bytes(file));
        AttachmentView view = AttachmentView.of(id, attached.attachment(), settings.zone());
        return attached.added()
                ? ResponseEntity.created(URI.create(view.href())).body(view)
                : ResponseEntity.status(HttpStatus.OK).body(view);
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download an attachment", description = "Whoever may read the filing.")
    public ResponseEntity<byte[]> download(Caller caller, @PathVariable String id, @PathVariable String attachmentId) {
        Content content = attachments.read(caller, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    /** The part's declared type when it is a valid media type, else {@code application/octet-stream}. */
    private static String mediaType(String declared) {
        try {
            return declared == null ? null : MediaType.parseMediaType(declared).toString();
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
