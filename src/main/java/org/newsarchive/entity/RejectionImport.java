package org.newsarchive.entity;

/**
 * What importing a list of rejections did.
 *
 * @param names how many names were rejected
 * @param articles how many articles lost a mention and were re-indexed
 */
public record RejectionImport(int names, int articles) {

}
