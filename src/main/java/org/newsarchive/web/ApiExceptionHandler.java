package org.newsarchive.web;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.article.InvalidFilterException;
import org.newsarchive.article.RawDocumentNotFoundException;
import org.newsarchive.ingest.ImportJobNotFoundException;
import org.newsarchive.ingest.ImportPathException;
import org.newsarchive.ingest.IngestProperties;
import org.newsarchive.source.SourceCurationException;
import org.newsarchive.source.SourceNotFoundException;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The JSON API answers errors as RFC 9457 problem details. It is asked first: before
 * Spring Boot's generic problem details, whose upload messages name no limit, and before
 * the pages' handler, which applies to every controller and would answer with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler {

	private final UploadProperties upload;

	private final MultipartProperties multipart;

	private final IngestProperties ingest;

	ApiExceptionHandler(UploadProperties upload, MultipartProperties multipart, IngestProperties ingest) {
		this.upload = upload;
		this.multipart = multipart;
		this.ingest = ingest;
	}

	@ExceptionHandler({ ArticleNotFoundException.class, SourceNotFoundException.class,
			RawDocumentNotFoundException.class, ImportJobNotFoundException.class })
	ProblemDetail notFound(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler({ InvalidFilterException.class, MalformedParameterException.class,
			SourceCurationException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	@ExceptionHandler(ImportPathException.class)
	ProblemDetail unimportablePath(ImportPathException ex) {
		HttpStatus status = ex.isOutsideAllowedRoots() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(ex.isOutsideAllowedRoots() ? "Forbidden" : "Bad request");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '%s' cannot be '%s'.".formatted(ex.getName(), ex.getValue()));
		problem.setTitle("Bad request");
		return problem;
	}

	/**
	 * An upload Tomcat could not read: too many files, too large, a file name with a NUL
	 * (which Tomcat refuses outright), or no multipart body at all.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		ProblemDetail problem;
		if (causedBy(ex, FileCountLimitExceededException.class)) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"An upload holds at most %d files (archive.upload.max-files); send the others in another upload."
						.formatted(this.upload.maxFiles()));
		}
		else if (ex instanceof MaxUploadSizeExceededException) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					("An upload holds files of at most %s each (archive.ingest.max-container-size), %s in all; "
							+ "a file that is not a zip, tar or gzip archive is read up to %s (archive.ingest.max-file-size).")
						.formatted(readable(this.multipart.getMaxFileSize()),
								readable(this.multipart.getMaxRequestSize()), readable(this.ingest.maxFileSize())));
		}
		else if (causedBy(ex, InvalidFileNameException.class)) {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"A file name in the upload holds a NUL character; rename the file.");
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The upload is not a readable multipart/form-data body.");
		}
		problem.setTitle(
				(problem.getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) ? "Upload too large" : "Bad request");
		return problem;
	}

	private static String readable(DataSize size) {
		if (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return (size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) ? size.toKilobytes() + " KB"
				: size.toBytes() + " bytes";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
