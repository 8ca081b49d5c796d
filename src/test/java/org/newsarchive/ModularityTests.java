package org.newsarchive;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesUseEachOtherOnlyThroughTheirPublicTypes() {
		ApplicationModules.of(NewsArchiveApplication.class).verify();
	}

}
