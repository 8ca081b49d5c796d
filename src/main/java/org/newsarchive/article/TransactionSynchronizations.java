package org.newsarchive.article;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a bean keeps with the transaction under way: a synchronization of its own, found
 * among the transaction's or registered with it the first time it is asked for, and gone
 * with the transaction, so that nothing from one that rolled back is taken for stored.
 */
public final class TransactionSynchronizations {

	private TransactionSynchronizations() {
	}

	/**
	 * The synchronization of the given type that {@code owned} picks out, made by
	 * {@code fresh} and registered if the transaction has none yet; empty outside a
	 * transaction.
	 */
	public static <S extends TransactionSynchronization> Optional<S> kept(Class<S> type, Predicate<? super S> owned,
			Supplier<S> fresh) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return Optional.of(TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter(owned)
			.findFirst()
			.orElseGet(() -> {
				S made = fresh.get();
				TransactionSynchronizationManager.registerSynchronization(made);
				return made;
			}));
	}

}
