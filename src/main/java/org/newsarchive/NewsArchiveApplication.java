package org.newsarchive;

import java.io.Console;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsArchiveApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
			System.exit(new ImportCommand(System.out, System.err, onTerminal())
				.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(NewsArchiveApplication.class, args);
	}

	/**
	 * Whether the output is a terminal, where a progress line can be redrawn in place.
	 * From Java 22 on a console exists even when the output goes to a file or a pipe, and
	 * only {@code Console.isTerminal()} (not in Java 21) tells.
	 */
	private static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}
