#!/usr/bin/python3
"""The baseline most open-source resume matchers use: TF-IDF vectors of the two texts and
their cosine similarity, with scikit-learn.   python3 bench/tfidf_baseline.py RESUME JD"""
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity


def score(resume_text, jd_text):
    """0-100: cosine of the two texts' TF-IDF vectors, fitted on this pair alone."""
    m = TfidfVectorizer(stop_words="english").fit_transform([resume_text, jd_text])
    return 100 * cosine_similarity(m[0], m[1])[0][0]


if __name__ == "__main__":
    docs = [open(p, encoding="utf-8", errors="replace").read() for p in sys.argv[1:3]]
    print("%.1f" % score(*docs))
