# AttributeError suggestion in the traceback ("Did you mean: 'append'?").
items = [1, 2, 3]
print("items:", items)
items.apend(4)
