package org.newsarchive.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record StoredBlock(@Enumerated(EnumType.STRING) Block.Kind kind, String text, String language, Integer pair,
		@Column(name = "image_index") Integer image) {

	static StoredBlock of(Block block) {
		return new StoredBlock(block.kind(), block.text(), block.language(), block.pair(), block.image());
	}

	Block toBlock() {
		return new Block(this.kind, this.text, this.language, this.pair, this.image);
	}

}
