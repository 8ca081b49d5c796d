package org.newsarchive.entity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.search.SearchIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recognises the people of every stored article again, after the recogniser, the
 * gazetteer or the rejections changed: in the background, one job at a time, in article
 * id order and in batches of {@value #BATCH}, each batch in a transaction of its own and
 * re-indexed after it commits, so that reading goes on and a cancelled or failed job
 * keeps the batches it finished. Each article's mentions are replaced as an import would
 * record them: rejected names stay out, merged records take the mentions of theirs. Jobs
 * are remembered while the portal runs, like import jobs.
 */
@Service
public class RecognitionJobs {

	static final int BATCH = 200;

	private static final Logger logger = LoggerFactory.getLogger(RecognitionJobs.class);

	private static final int REMEMBERED = 20;

	private final ArticleQueries articles;

	private final MentionRecorder recorder;

	private final SearchIndexer indexer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("recognition-jobs").factory());

	private final AtomicLong ids = new AtomicLong();

	private final Map<Long, Job> jobs = new LinkedHashMap<>();

	RecognitionJobs(ArticleQueries articles, MentionRecorder recorder, SearchIndexer indexer,
			TransactionTemplate transaction, Clock clock) {
		this.articles = articles;
		this.recorder = recorder;
		this.indexer = indexer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Queues a re-recognition of every article. */
	public RecognitionJob start() {
		Job job = new Job(this.ids.incrementAndGet());
		synchronized (this.jobs) {
			this.jobs.put(job.id, job);
			if (this.jobs.size() > REMEMBERED) {
				this.jobs.values()
					.stream()
					.filter((old) -> old.state.ended())
					.findFirst()
					.ifPresent((old) -> this.jobs.remove(old.id));
			}
		}
		this.executor.execute(() -> run(job));
		return job.snapshot(this.clock.instant());
	}

	/** A job by its number. */
	public RecognitionJob get(long id) {
		return find(id).snapshot(this.clock.instant());
	}

	/** The jobs since the portal started (the last twenty), newest first. */
	public List<RecognitionJob> recent() {
		synchronized (this.jobs) {
			return this.jobs.values().stream().map((job) -> job.snapshot(this.clock.instant())).toList().reversed();
		}
	}

	/**
	 * Stops a job before its next batch; a queued job does not start. A job that has
	 * ended stays as it was.
	 */
	public RecognitionJob cancel(long id) {
		Job job = find(id);
		job.cancelled = true;
		synchronized (job) {
			if (job.state == RecognitionJob.State.QUEUED) {
				job.end(RecognitionJob.State.CANCELLED, this.clock.instant(), null);
			}
		}
		return job.snapshot(this.clock.instant());
	}

	private Job find(long id) {
		synchronized (this.jobs) {
			Job job = this.jobs.get(id);
			if (job == null) {
				throw new RecognitionJobNotFoundException(id);
			}
			return job;
		}
	}

	private void run(Job job) {
		synchronized (job) {
			if (job.state != RecognitionJob.State.QUEUED) {
				return;
			}
			job.state = RecognitionJob.State.RUNNING;
			job.startedAt = this.clock.instant();
		}
		try {
			List<Long> ids = this.articles.revisions().keySet().stream().sorted().toList();
			job.total = ids.size();
			for (int from = 0; from < ids.size() && !job.cancelled; from += BATCH) {
				List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				this.transaction.executeWithoutResult((status) -> batch.forEach(this.recorder::recognise));
				this.indexer.reindex(batch);
				job.done += batch.size();
			}
			boolean cutShort = job.done < job.total;
			job.end(cutShort ? RecognitionJob.State.CANCELLED : RecognitionJob.State.DONE, this.clock.instant(), null);
			logger.info("Recognition job {}: {} of {} articles recognised again", job.id, job.done, job.total);
		}
		catch (RuntimeException ex) {
			logger.warn("Recognition job {} failed after {} articles", job.id, job.done, ex);
			job.end(RecognitionJob.State.FAILED, this.clock.instant(), ex.getMessage());
		}
	}

	/** Lets the batch under way finish, so that it is recorded and indexed whole. */
	@PreDestroy
	void stop() throws InterruptedException {
		synchronized (this.jobs) {
			this.jobs.values().forEach((job) -> job.cancelled = true);
		}
		this.executor.shutdown();
		this.executor.awaitTermination(60, TimeUnit.SECONDS);
	}

	/** A job's live state, written by its thread and read by requests. */
	private static final class Job {

		private final long id;

		private volatile RecognitionJob.State state = RecognitionJob.State.QUEUED;

		private volatile boolean cancelled;

		private volatile long total;

		private volatile long done;

		private volatile Instant startedAt;

		private volatile Instant finishedAt;

		private volatile String error;

		Job(long id) {
			this.id = id;
		}

		synchronized void end(RecognitionJob.State state, Instant at, String error) {
			this.state = state;
			this.finishedAt = at;
			this.error = error;
		}

		synchronized RecognitionJob snapshot(Instant now) {
			double seconds = (this.startedAt != null)
					? Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now).toMillis()
							/ 1000.0
					: 0;
			double rate = (seconds > 0) ? Math.round(this.done / seconds * 10) / 10.0 : 0;
			return new RecognitionJob(this.id, this.state, new RecognitionJob.Articles(this.done, this.total),
					this.startedAt, this.finishedAt, rate, this.error);
		}

	}

}
