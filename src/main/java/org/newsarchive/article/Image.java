package org.newsarchive.article;

/**
 * A picture the article carried. The archive keeps the reference, not the file.
 *
 * @param src the file name or URL the source gave, or null where it gave none
 * @param alt the alternative text, or null
 * @param caption the caption in the article's main language (or the English one of a
 * bilingual caption), or null
 * @param captionTranslation the caption in the article's other language, or null
 * @param credit who the picture is credited to, or null
 */
public record Image(String src, String alt, String caption, String captionTranslation, String credit) {

}
