package org.newsarchive.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The administrator's password is hashed the first time someone signs in, not while the
 * portal starts: a deliberately slow hash has no place on the start-up path.
 */
class AdminAccountTests {

	private final CountingEncoder encoder = new CountingEncoder();

	@Test
	void hashesThePasswordOnceAtTheFirstSignIn() {
		AdminAccount account = new AdminAccount("admin", "secret", this.encoder);
		assertThat(this.encoder.hashed).hasValue(0);

		UserDetails first = account.loadUserByUsername("admin");
		UserDetails second = account.loadUserByUsername("Admin");

		assertThat(this.encoder.hashed).hasValue(1);
		assertThat(first.getPassword()).isEqualTo("hashed:secret");
		assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
		assertThat(second.getUsername()).isEqualTo("admin");
	}

	@Test
	void eachSignInGetsACopyThatItMayEraseTheCredentialsOf() {
		AdminAccount account = new AdminAccount("admin", "secret", this.encoder);
		((User) account.loadUserByUsername("admin")).eraseCredentials();

		assertThat(account.loadUserByUsername("admin").getPassword()).isEqualTo("hashed:secret");
	}

	@Test
	void knowsNoOtherUser() {
		AdminAccount account = new AdminAccount("admin", "secret", this.encoder);

		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> account.loadUserByUsername("root"))
			.withMessage("root");
		assertThat(this.encoder.hashed).hasValue(0);
	}

	private static final class CountingEncoder implements PasswordEncoder {

		private final AtomicInteger hashed = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			this.hashed.incrementAndGet();
			return "hashed:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return encoded.equals("hashed:" + raw);
		}

	}

}
