# concurrent: namespace package for concurrent.futures (weft's own implementation).
