package org.newsarchive.web;

import java.util.function.Supplier;

import com.google.common.base.Suppliers;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one administrator. The password is hashed the first time someone signs in: the hash
 * is slow on purpose (BCrypt), and a start-up that only serves pages has no use for it.
 */
final class AdminAccount implements UserDetailsService {

	private final String username;

	private final Supplier<UserDetails> user;

	AdminAccount(String username, String password, PasswordEncoder encoder) {
		this.username = username;
		this.user = Suppliers
			.memoize(() -> User.withUsername(username).password(encoder.encode(password)).roles("ADMIN").build());
	}

	/**
	 * A copy each time, as {@code InMemoryUserDetailsManager} gives: a signed-in
	 * authentication erases the credentials of the one it holds.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		if (!this.username.equalsIgnoreCase(username)) {
			throw new UsernameNotFoundException(username);
		}
		return User.withUserDetails(this.user.get()).build();
	}

}
