-- Byline in a second real LSP client: headless Neovim (0.7+) runs the standalone server over stdio
-- and checks hover, definition and diagnostics on the samples, and annotations through the custom requests.
-- Run by test/editor/nvim.mjs, which sets BYLINE_ROOT (the project) and BYLINE_FOLDER (a copy of samples/).
local root, folder = os.getenv('BYLINE_ROOT'), os.getenv('BYLINE_FOLDER')
local failures = 0

local function say(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function check(ok, what, detail)
  say((ok and 'ok   ' or 'FAIL ') .. what .. ((not ok and detail) and (': ' .. detail) or ''))
  if not ok then failures = failures + 1 end
end

local id = vim.lsp.start_client({
  name = 'byline',
  cmd = { 'node', root .. '/server/out/server.js', '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = 'articles' } },
  init_options = { trusted = true },
})
check(id ~= nil, 'the server starts')

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(folder .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  return buf
end

-- LSP position (UTF-16 columns) inside the first occurrence of `text` in the buffer.
local function at(buf, text)
  for l, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      local _, utf16 = vim.str_utfindex(line, col)
      return { line = l - 1, character = utf16 }
    end
  end
  error(text .. ' not found')
end

-- A request, retried while the server is still indexing (empty answers), for up to 60 s.
local function request(buf, method, params)
  local deadline = vim.loop.now() + 60000
  repeat
    local answers = vim.lsp.buf_request_sync(buf, method, params, 5000) or {}
    local result = answers[id] and answers[id].result
    if result ~= nil and not vim.tbl_isempty(result) then return result end
    vim.wait(250)
  until vim.loop.now() > deadline
end

local blog = open('alloush-quits-blog.txt')
check(vim.wait(15000, function() return vim.lsp.get_client_by_id(id).initialized end), 'initialize')

local hover = request(blog, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(blog) },
  position = at(blog, 'Alloush, who had been'),
})
local text = hover and vim.inspect(hover.contents) or 'no hover'
check(text:find('Mohammed Alloush', 1, true) ~= nil, 'hover on "Alloush" names Mohammed Alloush', text)

local mesop = open('mesop-syria-daily-alloush-quits.txt')
local defs = request(mesop, 'textDocument/definition', {
  textDocument = { uri = vim.uri_from_bufnr(mesop) },
  position = at(mesop, 'Mohammad Alloush'),
})
local def = defs and (defs[1] or defs)
local target = def and (def.uri or def.targetUri)
local range = def and (def.range or def.targetSelectionRange)
local target_line = target and vim.fn.readfile(vim.uri_to_fname(target))[range.start.line + 1] or ''
check(target ~= nil and target ~= vim.uri_from_bufnr(mesop) and target_line:find('Alloush', 1, true) ~= nil,
  'definition of Alloush from one article lands on another', vim.inspect(def))

local found
vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(blog)) do
    if d.message:find('Facebook', 1, true) and d.message:find('Twitter', 1, true) then found = d end
  end
  return found ~= nil
end, 200)
check(found ~= nil, 'the Facebook/Twitter contradiction is a diagnostic', vim.inspect(vim.diagnostic.get(blog)))
check(found ~= nil and found.source == 'byline', 'its source is byline')

-- Annotations: made through the documented request with apply = true (the server sends
-- workspace/applyEdit, which Neovim applies to a buffer of byline.annotations.jsonl), saved, then
-- listed by the custom request and as document symbols, whose range is where to jump.
local client = vim.lsp.get_client_by_id(id)
local store = folder .. '/byline.annotations.jsonl'
local passage = at(blog, 'The three rounds')
passage.character = passage.character - 1 -- at() points inside the text; the passage starts before it
local made = vim.lsp.buf_request_sync(blog, 'byline/annotate', {
  uri = vim.uri_from_bufnr(blog),
  range = { start = passage, ['end'] = { line = passage.line, character = passage.character + #'The three rounds' } },
  note = 'Which rounds? #talks', tags = { 'talks' }, verdict = 'needs-source', creator = 'nvim', apply = true,
}, 10000)
local made_id = made and made[id] and made[id].result and made[id].result.id
check(made_id ~= nil, 'byline/annotate answers with the new annotation', vim.inspect(made))
local store_buf = vim.fn.bufnr(store)
check(store_buf > 0, 'the edit went to a byline.annotations.jsonl buffer')
if store_buf > 0 then vim.api.nvim_buf_call(store_buf, function() vim.cmd('silent write') end) end
client.notify('workspace/didChangeWatchedFiles', { changes = { { uri = vim.uri_from_fname(store), type = 2 } } })
local listed
vim.wait(15000, function()
  local r = vim.lsp.buf_request_sync(blog, 'byline/annotations', { uri = vim.uri_from_bufnr(blog) }, 5000)
  listed = r and r[id] and r[id].result and r[id].result.annotations
  return listed ~= nil and #listed == 1
end, 200)
check(listed ~= nil and #listed == 1 and listed[1].verdict == 'needs-source' and listed[1].range.start.line == passage.line,
  'byline/annotations lists it on its passage', vim.inspect(listed))
local symbols = request(blog, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(blog) } }) or {}
local group
for _, s in ipairs(symbols) do if s.name == 'Annotations' then group = s end end
local child = group and group.children and group.children[1]
check(child ~= nil and child.selectionRange.start.line == passage.line and child.name:find('The three rounds', 1, true) ~= nil,
  'the outline (document symbols) has the annotation, with the range to jump to', vim.inspect(group))
if child then
  vim.api.nvim_set_current_buf(blog)
  vim.api.nvim_win_set_cursor(0, { child.selectionRange.start.line + 1, 0 })
  check(vim.api.nvim_get_current_line():find('The three rounds', 1, true) ~= nil, 'jumping to it puts the cursor on the passage')
end

vim.lsp.stop_client(id)
say(failures == 0 and 'neovim: all passed' or ('neovim: ' .. failures .. ' failed'))
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
