package dev.xanomcp.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The same sections ranked by Lucene 9.12 as one would set it up: the English analyzer on every
 * field, BM25, the same field weights as {@link SearchIndex}, and fuzzy terms. Only for comparing
 * the two rankings on the evaluation set (bench/search); nothing ships it.
 */
public final class LuceneRanking {
  private final SearchIndex index;
  private final List<Doc> docs;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;

  public LuceneRanking(SearchIndex index) {
    this.index = index;
    this.docs = index.docs();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < docs.size(); i++) {
        Document document = new Document();
        document.add(new StoredField("id", i));
        for (Field field : Field.values()) {
          document.add(new TextField(field.name(), docs.get(i).fields().get(field.ordinal()), org.apache.lucene.document.Field.Store.NO));
        }
        writer.addDocument(document);
      }
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Hit> search(String query, int limit) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("BODY", query)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String text : terms) {
      for (Field field : Field.values()) {
        Query exact = new BoostQuery(new TermQuery(new Term(field.name(), text)), (float) field.weight);
        builder.add(exact, BooleanClause.Occur.SHOULD);
        if (text.length() >= 4) {
          builder.add(new BoostQuery(new FuzzyQuery(new Term(field.name(), text), text.length() >= 8 ? 2 : 1), (float) (0.5 * field.weight)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    try {
      for (ScoreDoc scored : searcher.search(builder.build(), limit).scoreDocs) {
        int id = searcher.storedFields().document(scored.doc).getField("id").numericValue().intValue();
        hits.add(SearchIndex.hit(index.resolve(docs.get(id)), terms));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits;
  }
}
