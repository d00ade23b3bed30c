// Builds DOM nodes from text only: nothing user- or upstream-supplied ever goes through innerHTML.

/**
 * el('button', {class: 'primary', type: 'submit', onclick: fn, dataset: {id: 1}}, 'Save')
 * Props starting with "on" become listeners; `class`, `dataset`, `for`, `hidden`, `disabled` etc. are set as attributes.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'value' || key === 'checked') {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends strings as text nodes, nodes as they are, arrays flattened; null/false are skipped. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children with the given ones. */
export function fill(node, ...children) {
  clear(node);
  return append(node, children);
}

let nextId = 0;
/** A page-unique id for label/input pairs. */
export function uid(prefix = 'f') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
